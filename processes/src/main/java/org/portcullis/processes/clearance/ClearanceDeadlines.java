package org.portcullis.processes.clearance;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The deadlines of the clearance workflow, derived from the vessel's ETA: a referral is due a lead time before the
 * ETA (then it is escalated to supervisors), an answer to a request for information a longer lead time before it
 * (then the case is referred without the answer). A deadline is never sooner than the minimum time to act from now.
 * "Now" is the process engine's clock. Used by the model's timer and due-date expressions as
 * {@code clearanceDeadlines}.
 */
public class ClearanceDeadlines {

    private final Duration referralLeadTime;
    private final Duration answerLeadTime;
    private final Duration minimumTimeToAct;

    public ClearanceDeadlines(Duration referralLeadTime, Duration answerLeadTime, Duration minimumTimeToAct) {
        this.referralLeadTime = Objects.requireNonNull(referralLeadTime, "referralLeadTime");
        this.answerLeadTime = Objects.requireNonNull(answerLeadTime, "answerLeadTime");
        this.minimumTimeToAct = Objects.requireNonNull(minimumTimeToAct, "minimumTimeToAct");
    }

    /** When an undecided referral is escalated to the supervisors. */
    public Date referral(VariableScope execution) {
        return Date.from(deadline(eta(execution), referralLeadTime, ClockUtil.getCurrentTime().toInstant()));
    }

    /** When a request for information without an answer goes back to referral. */
    public Date answer(VariableScope execution) {
        return Date.from(deadline(eta(execution), answerLeadTime, ClockUtil.getCurrentTime().toInstant()));
    }

    Instant deadline(Instant eta, Duration leadTime, Instant now) {
        Instant earliest = now.plus(minimumTimeToAct);
        if (eta == null) {
            return earliest;
        }
        Instant byEta = eta.minus(leadTime);
        return byEta.isBefore(earliest) ? earliest : byEta;
    }

    private static Instant eta(VariableScope execution) {
        Object eta = execution.getVariable(ClearanceVariables.ETA);
        return eta instanceof Date date ? date.toInstant() : null;
    }
}
