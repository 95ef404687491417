package org.portcullis.model.filing;

import java.util.Objects;

/**
 * The adult on the same list a minor travels with: that adult's travel document number, and the relation the carrier
 * states (none when not stated).
 */
public record Guardian(String documentNumber, GuardianRelation relation) {

    public Guardian {
        Objects.requireNonNull(documentNumber, "documentNumber");
    }
}
