package org.portcullis.model.traveldocument;

/** A check digit of an MRZ that does not match its field: which field, the digit written and the one computed. */
public record CheckDigitFailure(MrzField field, char written, char computed) {

    @Override
    public String toString() {
        return field.label() + " check digit is " + written + ", computed " + computed;
    }
}
