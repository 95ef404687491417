package org.portcullis.model.traveldocument;

/** A field on which an MRZ and the declared document disagree, with both values as the MRZ writes them. */
public record MrzDiscrepancy(MrzField field, String inMrz, String declared) {

    @Override
    public String toString() {
        return field.label() + " " + (inMrz.isEmpty() ? "(none)" : inMrz) + " in the MRZ, "
                + (declared.isEmpty() ? "(none)" : declared) + " declared";
    }
}
