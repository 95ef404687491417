package org.portcullis.model.traveldocument;

/**
 * The machine readable zone layouts of ICAO Doc 9303: TD3 (passports, Part 4: two lines of 44 characters) and TD1
 * (identity cards and, per ILO Convention C185, seafarers' identity documents, Part 5: three lines of 30).
 */
public enum MrzFormat {
    TD1(3, 30, 30),
    TD3(2, 44, 39);

    private final int lines;
    private final int length;
    private final int nameLength;

    MrzFormat(int lines, int length, int nameLength) {
        this.lines = lines;
        this.length = length;
        this.nameLength = nameLength;
    }

    public int lines() {
        return lines;
    }

    /** Characters per line. */
    public int length() {
        return length;
    }

    /** Characters of the name field (primary and secondary identifiers with their separator). */
    public int nameLength() {
        return nameLength;
    }
}
