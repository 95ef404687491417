package org.portcullis.model.traveldocument;

/**
 * The check digit of ICAO Doc 9303 Part 3, 4.9: each character's value (digits their own, A to Z 10 to 35, the
 * filler {@code <} 0) times the weights 7, 3, 1 repeating, summed, modulo 10.
 */
public final class MrzCheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private MrzCheckDigit() {
    }

    /** The check digit of the field, as the character written in the MRZ. */
    public static char of(CharSequence field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % WEIGHTS.length];
        }
        return (char) ('0' + sum % 10);
    }

    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("'" + c + "' is not an MRZ character (A-Z, 0-9, <)");
    }
}
