package org.portcullis.app.api;

import java.util.List;
import org.portcullis.model.notice.NoticeType;

/**
 * The state of a case as its carrier knows it: what the notices it was sent say, and nothing more. A case a rule
 * referred to an officer reads as under assessment until the officer's decision is notified, so that the carrier
 * cannot learn from the API what the notices deliberately keep to themselves (that a referral exists, the lane).
 */
enum CarrierCaseStatus {
    UNDER_ASSESSMENT,
    ASSESSED,
    INFORMATION_REQUESTED,
    CONTROL_NOTIFIED,
    DO_NOT_LOAD,
    RELEASED,
    HELD,
    SEIZED,
    CANCELLED;

    /** The status the latest notice that tells one gives; under assessment when none does. */
    static CarrierCaseStatus of(List<NoticeType> noticesOldestFirst) {
        CarrierCaseStatus status = UNDER_ASSESSMENT;
        for (NoticeType type : noticesOldestFirst) {
            status = switch (type) {
                case ACCEPTED, AMENDMENT_ACCEPTED, INFORMATION_ACCEPTED -> UNDER_ASSESSMENT;
                case ASSESSMENT_COMPLETE -> ASSESSED;
                case INFORMATION_REQUESTED -> INFORMATION_REQUESTED;
                case CONTROL_NOTIFIED -> CONTROL_NOTIFIED;
                case DO_NOT_LOAD -> DO_NOT_LOAD;
                case RELEASED -> RELEASED;
                case HELD -> HELD;
                case SEIZED -> SEIZED;
                case CANCELLATION_ACCEPTED -> CANCELLED;
                // the customs case's status; the agencies' formalities and the port call's state are notices of their own
                case REJECTED, FORMALITY_RESPONSE, PORT_CALL_CLEARED, PORT_CALL_HELD -> status;
            };
        }
        return status;
    }
}
