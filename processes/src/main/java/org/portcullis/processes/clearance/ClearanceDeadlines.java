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
 * (then the case is referred without the answer); an inspection's result is due a set time after the inspection's
 * scheduled time. A deadline before an ETA is never sooner than the minimum time to act from now.
 * "Now" is the process engine's clock. Used by the model's timer and due-date expressions as
 * {@code clearanceDeadlines}.
 */
public class ClearanceDeadlines {

    private final Duration referralLeadTime;
    private final Duration answerLeadTime;
    private final Duration minimumTimeToAct;
    private final Duration inspectionResultTime;

    public ClearanceDeadlines(Duration referralLeadTime, Duration answerLeadTime, Duration minimumTimeToAct,
            Duration inspectionResultTime) {
        this.referralLeadTime = Objects.requireNonNull(referralLeadTime, "referralLeadTime");
        this.answerLeadTime = Objects.requireNonNull(answerLeadTime, "answerLeadTime");
        this.minimumTimeToAct = Objects.requireNonNull(minimumTimeToAct, "minimumTimeToAct");
        this.inspectionResultTime = Objects.requireNonNull(inspectionResultTime, "inspectionResultTime");
    }

    /** Deadlines with the default time to record an inspection's result (4 hours after the scheduled time). */
    public ClearanceDeadlines(Duration referralLeadTime, Duration answerLeadTime, Duration minimumTimeToAct) {
        this(referralLeadTime, answerLeadTime, minimumTimeToAct, Duration.ofHours(4));
    }

    /** When an undecided referral is escalated to the supervisors. */
    public Date referral(VariableScope execution) {
        return Date.from(deadline(eta(execution), referralLeadTime, ClockUtil.getCurrentTime().toInstant()));
    }

    /** When a request for information without an answer goes back to referral. */
    public Date answer(VariableScope execution) {
        return Date.from(deadline(eta(execution), answerLeadTime, ClockUtil.getCurrentTime().toInstant()));
    }

    /** When the result of a scheduled inspection is due: the configured time after the scheduled time. */
    public Date inspectionResult(VariableScope execution) {
        Object scheduledFor = execution.getVariable(ClearanceVariables.INSPECTION_SCHEDULED_FOR);
        Instant from = scheduledFor instanceof Date date ? date.toInstant() : ClockUtil.getCurrentTime().toInstant();
        return Date.from(from.plus(inspectionResultTime));
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
