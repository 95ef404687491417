package org.portcullis.model.value;

/** The ISO 6346 check-digit algorithm, used by container numbers and by movement reference numbers. */
final class Iso6346 {

    /** Letters count from 10 upwards, skipping multiples of 11: A=10, B=12 ... K=21, L=23 ... Z=38. */
    private static final int[] LETTER_VALUES = letterValues();

    private Iso6346() {
    }

    /** The check digit (0-9) for the given characters (digits and upper-case letters). */
    static int checkDigit(CharSequence chars) {
        long sum = 0;
        for (int i = 0; i < chars.length(); i++) {
            sum += (long) charValue(chars.charAt(i)) << i;
        }
        return (int) (sum % 11 % 10);
    }

    private static int charValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return LETTER_VALUES[c - 'A'];
        }
        throw new IllegalArgumentException("not a digit or upper-case letter: " + c);
    }

    private static int[] letterValues() {
        int[] values = new int[26];
        int value = 10;
        for (int i = 0; i < values.length; i++) {
            if (value % 11 == 0) {
                value++;
            }
            values[i] = value++;
        }
        return values;
    }
}
