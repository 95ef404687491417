package org.portcullis.model.traveldocument;

import java.util.ArrayList;
import java.util.List;

/** Checks the check digits of an MRZ against its fields, at the positions ICAO Doc 9303 Parts 4 and 5 give. */
final class MrzCheckDigits {

    private MrzCheckDigits() {
    }

    static List<CheckDigitFailure> verify(Mrz mrz) {
        List<CheckDigitFailure> failures = new ArrayList<>();
        List<String> lines = mrz.lines();
        if (mrz.format() == MrzFormat.TD3) {
            String line = lines.get(1);
            check(failures, MrzField.DOCUMENT_NUMBER, line.substring(0, 9), line.charAt(9));
            check(failures, MrzField.DATE_OF_BIRTH, line.substring(13, 19), line.charAt(19));
            check(failures, MrzField.DATE_OF_EXPIRY, line.substring(21, 27), line.charAt(27));
            String personalNumber = line.substring(28, 42);
            boolean noPersonalNumber = personalNumber.chars().allMatch(c -> c == '<') && line.charAt(42) == '<';
            if (!noPersonalNumber) {
                check(failures, MrzField.OPTIONAL_DATA, personalNumber, line.charAt(42));
            }
            check(failures, MrzField.COMPOSITE, line.substring(0, 10) + line.substring(13, 20)
                    + line.substring(21, 43), line.charAt(43));
        } else {
            String first = lines.get(0);
            String second = lines.get(1);
            TdOneNumber number = TdOneNumber.of(first);
            check(failures, MrzField.DOCUMENT_NUMBER, number.numberField(), number.checkDigit());
            check(failures, MrzField.DATE_OF_BIRTH, second.substring(0, 6), second.charAt(6));
            check(failures, MrzField.DATE_OF_EXPIRY, second.substring(8, 14), second.charAt(14));
            check(failures, MrzField.COMPOSITE, first.substring(5, 30) + second.substring(0, 7)
                    + second.substring(8, 15) + second.substring(18, 29), second.charAt(29));
        }
        return failures;
    }

    private static void check(List<CheckDigitFailure> failures, MrzField field, String value, char written) {
        char computed = MrzCheckDigit.of(value);
        if (written != computed) {
            failures.add(new CheckDigitFailure(field, written, computed));
        }
    }
}
