package org.portcullis.model.traveldocument;

import java.util.List;
import java.util.Objects;

/**
 * A machine readable zone of ICAO Doc 9303 as written (its lines) and its fields read from them. Names have their
 * fillers turned into spaces; the document number, codes and optional data have their fillers removed; dates stay
 * as written (YYMMDD, a filler where a part is unknown). The check digits are checked by {@link #checkDigitFailures()}.
 */
public record Mrz(MrzFormat format, List<String> lines, String documentCode, String issuingState,
        String primaryIdentifier, String secondaryIdentifier, String documentNumber, String nationality,
        String dateOfBirth, String sex, String dateOfExpiry, String optionalData) {

    public Mrz {
        Objects.requireNonNull(format, "format");
        lines = List.copyOf(lines);
    }

    /** Reads an MRZ of two lines of 44 (TD3) or three of 30 (TD1), split at line breaks or written as one run. */
    public static Mrz parse(String text) {
        return MrzParser.parse(text);
    }

    /** The check digits of this MRZ that do not match their fields; empty when all agree. */
    public List<CheckDigitFailure> checkDigitFailures() {
        return MrzCheckDigits.verify(this);
    }

    /** The lines as one text, a line break between them. */
    public String text() {
        return String.join("\n", lines);
    }

    /**
     * True when the name runs to the last or the last but one character of its field: the name may have been cut
     * to fit (a cut can leave one filler at the end).
     */
    public boolean nameFieldFull() {
        String field = format == MrzFormat.TD3 ? lines.get(0).substring(5) : lines.get(2);
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        return end >= field.length() - 1;
    }
}
