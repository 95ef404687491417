package org.portcullis.risk.feature;

/**
 * What the authority saw of a trader, container or carrier before a moment: consignments filed, how many of them
 * were inspected, and how many inspections found something.
 */
public record TrackRecord(int consignments, int inspections, int findings) {

    public static final TrackRecord NONE = new TrackRecord(0, 0, 0);

    public TrackRecord {
        if (consignments < 0 || inspections < 0 || findings < 0 || findings > inspections) {
            throw new IllegalArgumentException("not a track record: " + consignments + " consignments, "
                    + inspections + " inspections, " + findings + " findings");
        }
    }

    public boolean firstTime() {
        return consignments == 0;
    }

    /** The share of inspections that found something, pulled towards {@code prior} when there were few. */
    public double findingRate(double prior, double priorWeight) {
        return (findings + prior * priorWeight) / (inspections + priorWeight);
    }
}
