package org.portcullis.risk.feature;

import java.time.Instant;
import org.portcullis.model.assessment.Lane;

/** The filings, inspections and findings of one subject as timelines, one set per lane the rules gave. */
final class LaneTimelines {

    private final TrackTimelines green = new TrackTimelines();
    private final TrackTimelines yellow = new TrackTimelines();
    private final TrackTimelines red = new TrackTimelines();

    synchronized void filed(Lane lane, Instant at) {
        of(lane).filed(at);
    }

    synchronized void inspected(Lane lane, Instant at, boolean found) {
        of(lane).inspected(at, found);
    }

    synchronized LaneRecords before(Instant before) {
        return new LaneRecords(green.before(before), yellow.before(before), red.before(before));
    }

    private TrackTimelines of(Lane lane) {
        return switch (lane) {
            case GREEN -> green;
            case YELLOW -> yellow;
            case RED -> red;
        };
    }
}
