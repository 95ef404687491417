package org.portcullis.rules.fact.iot;

import java.time.Instant;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.rules.fact.TargetFact;

/**
 * The AIS position reports of the filing's vessel before its arrival: how many, and the longest gap between two
 * consecutive ones (from, to, hours). Present only when at least two reports were received.
 */
public class VesselTrack implements TargetFact {

    private final String vessel;
    private final String mmsi;
    private final int reports;
    private final Instant gapFrom;
    private final Instant gapTo;

    public VesselTrack(String vessel, String mmsi, int reports, Instant gapFrom, Instant gapTo) {
        this.vessel = vessel;
        this.mmsi = mmsi;
        this.reports = reports;
        this.gapFrom = gapFrom;
        this.gapTo = gapTo;
    }

    /** The vessel as a clerk knows it: name and IMO number. */
    public String getVessel() {
        return vessel;
    }

    public String getMmsi() {
        return mmsi;
    }

    public int getReports() {
        return reports;
    }

    public Instant getGapFrom() {
        return gapFrom;
    }

    public Instant getGapTo() {
        return gapTo;
    }

    /** Hours between the two consecutive reports furthest apart. */
    public double getLongestGapHours() {
        return java.time.Duration.between(gapFrom, gapTo).toMinutes() / 60.0;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.VESSEL, vessel);
    }
}
