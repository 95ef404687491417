package org.portcullis.rules.fact.iot;

import java.time.Duration;
import java.time.Instant;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.rules.fact.TargetFact;

/**
 * The filing's vessel has sent no AIS report since its latest one, and the assessment runs before the ETA: the
 * silence still going on, from the latest report before arrival to the moment of the assessment. Present only when
 * the vessel reported at least once and the silence has reached the configured threshold
 * ({@code portcullis.reassessment.vessel-silent-after}, 12 hours by default), which the fact carries.
 */
public class VesselSilent implements TargetFact {

    private final String vessel;
    private final String mmsi;
    private final Instant lastReportAt;
    private final Instant assessedAt;
    private final Duration silentAfter;

    public VesselSilent(String vessel, String mmsi, Instant lastReportAt, Instant assessedAt, Duration silentAfter) {
        this.vessel = vessel;
        this.mmsi = mmsi;
        this.lastReportAt = lastReportAt;
        this.assessedAt = assessedAt;
        this.silentAfter = silentAfter;
    }

    /** The vessel as a clerk knows it: name and IMO number. */
    public String getVessel() {
        return vessel;
    }

    public String getMmsi() {
        return mmsi;
    }

    /** When the vessel last reported its position. */
    public Instant getLastReportAt() {
        return lastReportAt;
    }

    /** The moment of the assessment, up to which the silence is counted. */
    public Instant getAssessedAt() {
        return assessedAt;
    }

    /** Hours since the last report, up to the assessment. */
    public double getSilentHours() {
        return Duration.between(lastReportAt, assessedAt).toMinutes() / 60.0;
    }

    /** The threshold the silence reached: hours without a report before a vessel counts as silent. */
    public double getSilentAfterHours() {
        return silentAfter.toMinutes() / 60.0;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.VESSEL, vessel);
    }
}
