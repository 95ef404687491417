package org.portcullis.risk.feature;

/**
 * The earlier consignments of one {@link Profile} as of a moment: their track record and the estimated share of
 * such consignments in which an inspection would find something ({@link LaneRecords#estimatedFindingRate}).
 */
public record SimilarConsignments(Profile profile, TrackRecord record, double estimatedFindingRate) {
}
