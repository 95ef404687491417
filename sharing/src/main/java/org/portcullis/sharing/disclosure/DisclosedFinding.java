package org.portcullis.sharing.disclosure;

import java.util.Optional;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;

/**
 * A finding as an officer may see it: always whose it is and its outcome (so a hold by another agency is known);
 * the finding itself (rule, thing, reason) only when it is the officer's agency's or the agreement shares its reasons.
 */
public record DisclosedFinding(String agency, Outcome outcome, Optional<Finding> finding) {

    public boolean detailed() {
        return finding.isPresent();
    }
}
