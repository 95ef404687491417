package org.portcullis.casework.clearance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadlines of the clearance workflow: a referral is due {@code referralLeadTime} before the vessel's ETA (then
 * it is escalated to supervisors), an answer to a request for information {@code answerLeadTime} before it (then
 * the case is referred without it); neither sooner than {@code minimumTimeToAct} from the moment it is set.
 */
@ConfigurationProperties("portcullis.clearance")
public record ClearanceProperties(Duration referralLeadTime, Duration answerLeadTime, Duration minimumTimeToAct) {

    public ClearanceProperties {
        referralLeadTime = referralLeadTime == null ? Duration.ofHours(6) : referralLeadTime;
        answerLeadTime = answerLeadTime == null ? Duration.ofHours(12) : answerLeadTime;
        minimumTimeToAct = minimumTimeToAct == null ? Duration.ofHours(1) : minimumTimeToAct;
    }
}
