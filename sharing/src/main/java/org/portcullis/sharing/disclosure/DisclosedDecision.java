package org.portcullis.sharing.disclosure;

import java.time.Instant;
import java.util.Optional;
import org.portcullis.model.clearance.ReferralDecision;

/**
 * A decision as an officer may see it: whose, what and when always; the reason and the deciding officer only for
 * the officer's own agency or when the agreement shares that agency's reasons.
 */
public record DisclosedDecision(String agency, ReferralDecision decision, Instant decidedAt, Optional<String> reason,
        Optional<String> officer) {

    public boolean detailed() {
        return reason.isPresent();
    }
}
