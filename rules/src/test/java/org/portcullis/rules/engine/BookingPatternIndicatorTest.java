package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.Indicators.ids;
import static org.portcullis.rules.engine.Indicators.passengers;
import static org.portcullis.rules.engine.Indicators.trafficking;
import static org.portcullis.rules.engine.TestPersons.passenger;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Finding;

/** Bookings that repeat a known pattern (persons/booking-patterns.drl): the indicator and its near miss. */
class BookingPatternIndicatorTest {

    // TRF-009

    @Test
    void groupOnOneWayTicketsPaidInCashJustBeforeBoardingIsReferred() {
        List<TestPersons.Builder> group = List.of(
                passenger("Diallo", "Awa").embarked("MAPTM", "2026-11-30").booking("BK1", "2026-11-29", "CASH", true),
                passenger("Sow", "Fatou").embarked("MAPTM", "2026-11-30").booking("BK1", "2026-11-29", "CASH", true),
                passenger("Ba", "Aminata").embarked("MAPTM", "2026-11-30").booking("BK1", "2026-11-29", "CASH", true));

        List<Finding> findings = trafficking(passengers(group.toArray(TestPersons.Builder[]::new)));

        assertThat(ids(findings)).containsExactly("TRF-009", "TRF-009", "TRF-009");
        assertThat(findings.get(0).reason()).contains("booking BK1 repeats pattern BP-001", "paid CASH", "one way",
                "at least 3 passengers on one booking");
    }

    @Test
    void theSameGroupBookedAWeekAheadOrPayingByCardIsNotReferred() {
        var early = List.of(
                passenger("Diallo", "Awa").embarked("MAPTM", "2026-11-30").booking("BK1", "2026-11-23", "CASH", true),
                passenger("Sow", "Fatou").embarked("MAPTM", "2026-11-30").booking("BK1", "2026-11-23", "CASH", true),
                passenger("Ba", "Aminata").embarked("MAPTM", "2026-11-30").booking("BK1", "2026-11-23", "CASH", true),
                passenger("Keita", "Sira").embarked("MAPTM", "2026-11-30").booking("BK2", "2026-11-29", "CARD", true),
                passenger("Keita", "Moussa").embarked("MAPTM", "2026-11-30").booking("BK2", "2026-11-29", "CARD",
                        true),
                passenger("Keita", "Oumar").embarked("MAPTM", "2026-11-30").booking("BK2", "2026-11-29", "CARD",
                        true));

        assertThat(trafficking(passengers(early.toArray(TestPersons.Builder[]::new)))).isEmpty();
    }
}
