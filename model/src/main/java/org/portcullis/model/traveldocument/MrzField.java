package org.portcullis.model.traveldocument;

/** The fields of an MRZ that check digits and cross-checks speak about. */
public enum MrzField {
    DOCUMENT_CODE("document code"),
    ISSUING_STATE("issuing state"),
    PRIMARY_IDENTIFIER("family name"),
    SECONDARY_IDENTIFIER("given names"),
    DOCUMENT_NUMBER("document number"),
    NATIONALITY("nationality"),
    DATE_OF_BIRTH("date of birth"),
    SEX("sex"),
    DATE_OF_EXPIRY("date of expiry"),
    OPTIONAL_DATA("optional data"),
    COMPOSITE("composite");

    private final String label;

    MrzField(String label) {
        this.label = label;
    }

    /** The field in plain words. */
    public String label() {
        return label;
    }
}
