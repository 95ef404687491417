package org.portcullis.rules.iot;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a vessel must have sent no AIS report before the assessment sees it as silent (the fact {@code VesselSilent}
 * exists only from then on): the application's {@code portcullis.reassessment.vessel-silent-after}, 12 hours unless
 * configured, the same threshold its silence check queues cases at.
 */
public record VesselSilentAfter(Duration duration) {

    public static final VesselSilentAfter DEFAULT = new VesselSilentAfter(Duration.ofHours(12));

    public VesselSilentAfter {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The vessel silence threshold must be positive, not " + duration);
        }
    }

    /** Whether a vessel that last reported at {@code lastReportAt} has been silent long enough at {@code now}. */
    public boolean reached(Instant lastReportAt, Instant now) {
        return !lastReportAt.plus(duration).isAfter(now);
    }
}
