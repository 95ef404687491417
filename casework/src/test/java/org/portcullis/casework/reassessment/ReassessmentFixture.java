package org.portcullis.casework.reassessment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Re-assessment requests as the application asks for them, for tests of other packages. */
public final class ReassessmentFixture {

    private ReassessmentFixture() {
    }

    /** Both triggers on, at a fixed instant. */
    public static Reassessments reassessments(ReassessmentRequests requests, Instant now) {
        return new Reassessments(requests, new ReassessmentProperties(null, null, null, null),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** Re-assessment on a rule set change switched on or off, sensor events on, at a fixed instant. */
    public static Reassessments onRuleSetChange(ReassessmentRequests requests, boolean on, Instant now) {
        return new Reassessments(requests, new ReassessmentProperties(null, on, null, null),
                Clock.fixed(now, ZoneOffset.UTC));
    }
}
