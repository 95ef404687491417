package org.portcullis.risk.feature;

import java.time.Instant;

/** The filings, inspections and findings of one subject (trader, container, carrier) as timelines. */
final class TrackTimelines {

    private final Timeline consignments = new Timeline();
    private final Timeline inspections = new Timeline();
    private final Timeline findings = new Timeline();

    void filed(Instant at) {
        consignments.add(at);
    }

    void inspected(Instant at, boolean found) {
        inspections.add(at);
        if (found) {
            findings.add(at);
        }
    }

    synchronized TrackRecord before(Instant before) {
        return new TrackRecord(consignments.countBefore(before), inspections.countBefore(before),
                findings.countBefore(before));
    }
}
