package org.portcullis.rules.fact;

import org.portcullis.model.assessment.Target;

/** A fact a finding can be about. */
public interface TargetFact {

    Target target();

    /** The transport document number of the consignment this fact belongs to, or null for the filing as a whole. */
    default String consignmentReference() {
        return null;
    }
}
