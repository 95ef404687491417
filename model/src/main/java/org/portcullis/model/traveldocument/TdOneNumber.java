package org.portcullis.model.traveldocument;

/**
 * The document number of a TD1 first line (ICAO Doc 9303 Part 5, 4.2.2): nine characters at positions 6 to 14 and
 * the check digit at 15; a longer number puts a filler at 15 and its remaining characters at the start of the
 * optional data, followed by the check digit (over the whole number) and a filler.
 */
record TdOneNumber(String number, String numberField, char checkDigit, String optionalData) {

    static TdOneNumber of(String firstLine) {
        String principal = firstLine.substring(5, 14);
        char check = firstLine.charAt(14);
        String optional = firstLine.substring(15, 30);
        if (check == '<' && optional.charAt(0) != '<') {
            int end = optional.indexOf('<');
            String run = end < 0 ? optional : optional.substring(0, end);
            String full = principal + run.substring(0, run.length() - 1);
            return new TdOneNumber(full.replace("<", ""), full, run.charAt(run.length() - 1),
                    end < 0 ? "" : optional.substring(end));
        }
        return new TdOneNumber(principal.replace("<", ""), principal, check, optional);
    }
}
