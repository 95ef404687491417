package org.portcullis.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.portcullis.risk.feature.LaneRecords;
import org.portcullis.risk.feature.TrackRecord;

/** The estimated finding rate: lane by lane, leaning on the overall lane rates where a subject has few inspections. */
class LaneRecordsTest {

    /** GREEN: 1000 consignments, 30 inspected, 1 found; YELLOW: 200, 30, 3; RED: 100, 80, 8. */
    private static final LaneRecords OVERALL = new LaneRecords(new TrackRecord(1000, 30, 1),
            new TrackRecord(200, 30, 3), new TrackRecord(100, 80, 8));

    @Test
    void eachLaneCountsByItsShareOfTheSubjectsConsignments() {
        LaneRecords subject = new LaneRecords(new TrackRecord(10, 0, 0), TrackRecord.NONE, new TrackRecord(10, 8, 4));

        // GREEN half: never inspected, so the overall GREEN rate 1/30; RED half: (4 + 10 x 0.1) / (8 + 10)
        double expected = 0.5 * (1.0 / 30) + 0.5 * (4 + 10 * 0.1) / (8 + 10);
        assertThat(subject.estimatedFindingRate(OVERALL, 10)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aSubjectNeverSeenGetsTheOverallRateOfAllConsignments() {
        double expected = 1000.0 / 1300 * (1.0 / 30) + 200.0 / 1300 * 0.1 + 100.0 / 1300 * 0.1;

        assertThat(LaneRecords.NONE.estimatedFindingRate(OVERALL, 10)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void moreInspectionsThatFoundSomethingRaiseTheRate() {
        LaneRecords fewFindings = new LaneRecords(new TrackRecord(40, 4, 0), TrackRecord.NONE, TrackRecord.NONE);
        LaneRecords moreFindings = new LaneRecords(new TrackRecord(40, 4, 2), TrackRecord.NONE, TrackRecord.NONE);

        assertThat(moreFindings.estimatedFindingRate(OVERALL, 10))
                .isGreaterThan(fewFindings.estimatedFindingRate(OVERALL, 10));
    }
}
