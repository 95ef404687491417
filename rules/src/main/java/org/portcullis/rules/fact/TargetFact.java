package org.portcullis.rules.fact;

import org.portcullis.model.assessment.Target;

/** A fact a finding can be about. */
public interface TargetFact {

    Target target();
}
