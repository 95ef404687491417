package org.portcullis.risk.feature;

import org.portcullis.model.assessment.Lane;

/**
 * A subject's track record (consignments, inspections, findings) split by the lane the rules gave its consignments.
 * The rules chose whom to inspect by lane, so within a lane the inspected consignments stand for the rest of it;
 * {@link #estimatedFindingRate} uses that to estimate the finding rate of all the subject's consignments.
 */
public record LaneRecords(TrackRecord green, TrackRecord yellow, TrackRecord red) {

    public static final LaneRecords NONE = new LaneRecords(TrackRecord.NONE, TrackRecord.NONE, TrackRecord.NONE);

    /** A lane's finding rate leans on the overall rate when that lane was never inspected (1 in 50 to start). */
    private static final double START_FINDINGS = 1;
    private static final double START_INSPECTIONS = 50;

    public TrackRecord of(Lane lane) {
        return switch (lane) {
            case GREEN -> green;
            case YELLOW -> yellow;
            case RED -> red;
        };
    }

    public TrackRecord total() {
        return new TrackRecord(green.consignments() + yellow.consignments() + red.consignments(),
                green.inspections() + yellow.inspections() + red.inspections(),
                green.findings() + yellow.findings() + red.findings());
    }

    /**
     * The share of the subject's consignments in which an inspection would find something: per lane, the share of
     * the lane's inspections that found something, pulled towards that lane's rate over all consignments
     * ({@code overall}) with the weight of {@code priorWeight} inspections, and the lanes weighted by their share of
     * the subject's consignments (post-stratification, the idea behind the training's inverse propensity weights).
     * A subject without consignments gets the overall rate.
     */
    public double estimatedFindingRate(LaneRecords overall, double priorWeight) {
        LaneRecords shares = total().consignments() == 0 ? overall : this;
        int consignments = shares.total().consignments();
        if (consignments == 0) {
            return overall.laneRate(null);
        }
        double rate = 0;
        for (Lane lane : Lane.values()) {
            TrackRecord r = shares.of(lane);
            if (r.consignments() > 0) {
                TrackRecord own = of(lane);
                double prior = overall.laneRate(lane);
                rate += (double) r.consignments() / consignments
                        * (own.findings() + prior * priorWeight) / (own.inspections() + priorWeight);
            }
        }
        return rate;
    }

    /** The share of the lane's inspections that found something (all lanes for null; a start value when none). */
    private double laneRate(Lane lane) {
        TrackRecord r = lane == null ? total() : of(lane);
        if (r.inspections() > 0) {
            return (double) r.findings() / r.inspections();
        }
        TrackRecord all = total();
        return (all.findings() + START_FINDINGS) / (all.inspections() + START_INSPECTIONS);
    }
}
