package org.portcullis.casework.reassessment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/**
 * Where the application asks for cases to be re-assessed: the cases sensor events concern, or every case being
 * cleared when a new rule set goes live (or, at start-up, those last assessed under another rule set than the live
 * one); each as its switch allows ({@link ReassessmentProperties}). Cases whose vessel fell silent are found by
 * {@link VesselSilenceCheck}. The requests are worked off by {@link ReassessmentWorker}, one case at a time.
 */
@Component
public class Reassessments {

    /** Cases whose outcome a re-assessment may still raise: cleared and waiting for the vessel, or with the clerks. */
    public static final Set<CaseStatus> REASSESSABLE = Set.of(CaseStatus.ASSESSED, CaseStatus.REFERRED,
            CaseStatus.UNDER_DOCUMENT_CHECK, CaseStatus.INFORMATION_REQUESTED);

    private final ReassessmentRequests requests;
    private final ReassessmentProperties properties;
    private final Clock clock;

    Reassessments(ReassessmentRequests requests, ReassessmentProperties properties, Clock clock) {
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sensor events about the cases arrived (in the caller's transaction). */
    public void sensorEventsArrived(List<Mrn> cases) {
        if (properties.onSensorEvents()) {
            requests.request(cases, clock.instant(), Trigger.SENSOR_EVENTS);
        }
    }

    /**
     * A new rule set goes live at the instant: every case being cleared is re-assessed once it serves (on every
     * node within a poll of that instant, so not before {@code due}).
     */
    public void ruleSetGoesLive(Instant due) {
        if (properties.onRuleSetChange()) {
            requests.requestEveryReassessable(due, Trigger.RULE_SET);
        }
    }

    /**
     * The node starts serving the rule set {@code version}: every case being cleared that was last assessed, or
     * re-assessed, under another one is re-assessed from {@code due} on (a rule set put live while no node ran, or
     * a re-assessment lost to a crash); how many were queued.
     */
    public int ruleSetServesAtStart(String version, Instant due) {
        return properties.onRuleSetChange()
                ? requests.requestAssessedUnderOtherVersion(version, due, Trigger.RULE_SET) : 0;
    }
}
