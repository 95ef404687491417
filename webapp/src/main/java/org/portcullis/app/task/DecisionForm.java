package org.portcullis.app.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.portcullis.model.clearance.ReferralDecision;

/**
 * What a clerk submits on a referral: the decision, always the internal reason (kept on the case file, never sent),
 * and the optional message to the carrier (required for a request for information: it is the question).
 */
public class DecisionForm extends CarrierMessageForm {

    @NotNull(message = "{decision.required}")
    private ReferralDecision decision;

    @NotBlank(message = "{decision.reason.required}")
    @Size(max = 1000, message = "{decision.reason.tooLong}")
    private String reason;

    public ReferralDecision getDecision() {
        return decision;
    }

    public void setDecision(ReferralDecision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
