package org.portcullis.casework.clearance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadlines of the clearance workflow: a referral is due {@code referralLeadTime} before the vessel's ETA (then
 * it is escalated to supervisors), an answer to a request for information {@code answerLeadTime} before it (then
 * the case is referred without it); neither sooner than {@code minimumTimeToAct} from the moment it is set. The
 * result of an inspection is due {@code inspectionResultTime} after the time it was scheduled for.
 */
@ConfigurationProperties("portcullis.clearance")
public record ClearanceProperties(Duration referralLeadTime, Duration answerLeadTime, Duration minimumTimeToAct,
        Duration inspectionResultTime) {

    public ClearanceProperties {
        referralLeadTime = referralLeadTime == null ? Duration.ofHours(6) : referralLeadTime;
        answerLeadTime = answerLeadTime == null ? Duration.ofHours(12) : answerLeadTime;
        minimumTimeToAct = minimumTimeToAct == null ? Duration.ofHours(1) : minimumTimeToAct;
        inspectionResultTime = inspectionResultTime == null ? Duration.ofHours(4) : inspectionResultTime;
    }
}
