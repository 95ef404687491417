package org.portcullis.rules.fact.iot;

import java.time.Instant;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.rules.fact.TargetFact;

/**
 * The time before arrival the filing's vessel spent slow (below {@link #SLOW_KNOTS} knots) inside a listed sea area
 * (reference/listed-areas.csv): the sum of the intervals between consecutive AIS reports both inside the area and both
 * slow, with the first and last of those reports. Present for each area the vessel was slow in at all.
 */
public class VesselLoitering implements TargetFact {

    /** Below this speed over ground a vessel is drifting, at anchor or alongside another. */
    public static final double SLOW_KNOTS = 3.0;

    private final String vessel;
    private final String area;
    private final String reason;
    private final long minutes;
    private final Instant from;
    private final Instant to;

    public VesselLoitering(String vessel, String area, String reason, long minutes, Instant from, Instant to) {
        this.vessel = vessel;
        this.area = area;
        this.reason = reason;
        this.minutes = minutes;
        this.from = from;
        this.to = to;
    }

    public String getVessel() {
        return vessel;
    }

    public String getArea() {
        return area;
    }

    public String getReason() {
        return reason;
    }

    public double getHours() {
        return minutes / 60.0;
    }

    public Instant getFrom() {
        return from;
    }

    public Instant getTo() {
        return to;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.VESSEL, vessel);
    }
}
