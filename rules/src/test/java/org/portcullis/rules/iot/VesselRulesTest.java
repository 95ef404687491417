package org.portcullis.rules.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.iot.IotTestCase.BISCAY;
import static org.portcullis.rules.iot.IotTestCase.OFF_BANDAR_ABBAS;
import static org.portcullis.rules.iot.IotTestCase.ais;
import static org.portcullis.rules.iot.IotTestCase.assess;
import static org.portcullis.rules.iot.IotTestCase.beforeEta;
import static org.portcullis.rules.iot.IotTestCase.filing;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.value.GeoPosition;

/**
 * IOT-006 and IOT-007: the vessel's AIS track before arrival. Both refer the filing to a clerk (outcome REFER, lane
 * YELLOW: no measure proposed, nothing asked of the carrier), and the carrier is not told why.
 */
class VesselRulesTest {

    @Test
    void aisSilentForThirteenHoursRefersTheFilingToAClerk() {
        Assessment assessment = assess(filing(), List.of(ais(beforeEta(40), BISCAY, 15.0),
                ais(beforeEta(39), BISCAY, 15.0), ais(beforeEta(26), BISCAY, 15.0), ais(beforeEta(25), BISCAY, 15.0)));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("IOT-006");
        Finding finding = assessment.findings().get(0);
        assertThat(finding.outcome()).isEqualTo(Outcome.REFER);
        assertThat(finding.ruleName()).endsWith("refer to a clerk");
        assertThat(finding.carrierVisible()).isFalse();
        assertThat(finding.target().kind()).isEqualTo(TargetKind.VESSEL);
        assertThat(finding.target().reference()).isEqualTo("MSC AURORA (IMO 9839284)");
        assertThat(finding.reason()).contains("13 hours", beforeEta(39).toString());
        assertThat(assessment.outcome()).isEqualTo(Outcome.REFER);
        assertThat(assessment.lane()).isEqualTo(Lane.YELLOW);
    }

    @Test
    void elevenHoursBetweenReportsIsNoFinding() {
        Assessment assessment = assess(filing(), List.of(ais(beforeEta(40), BISCAY, 15.0),
                ais(beforeEta(29), BISCAY, 15.0), ais(beforeEta(18), BISCAY, 15.0)));

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void vesselIdleForSevenHoursOffBandarAbbasRefersTheFilingToAClerk() {
        Assessment assessment = assess(filing(), hourly(OFF_BANDAR_ABBAS, 0.4, 8));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("IOT-007");
        Finding finding = assessment.findings().get(0);
        assertThat(finding.outcome()).isEqualTo(Outcome.REFER);
        assertThat(finding.ruleName()).endsWith("refer to a clerk");
        assertThat(finding.carrierVisible()).isFalse();
        assertThat(finding.reason()).contains("Approaches to Bandar Abbas", "7 hours", "Iran");
    }

    @Test
    void vesselIdleForFiveHoursOrPassingAtSpeedIsNoFinding() {
        assertThat(assess(filing(), hourly(OFF_BANDAR_ABBAS, 0.4, 6)).findings()).isEmpty();
        assertThat(assess(filing(), hourly(OFF_BANDAR_ABBAS, 12.0, 10)).findings()).isEmpty();
    }

    @Test
    void vesselIdleOutsideEveryListedAreaIsNoFinding() {
        assertThat(assess(filing(), hourly(new GeoPosition(25.0, 55.0), 0.2, 10)).findings()).isEmpty();
    }

    @Test
    void withoutReportedSpeedTheDistanceMadeDecides() {
        assertThat(assess(filing(), hourly(OFF_BANDAR_ABBAS, null, 8)).findings()).extracting(Finding::ruleId)
                .containsExactly("IOT-007");
    }

    /** Hourly reports at one position, the last some 300 hours before the ETA. */
    private static List<IotEvent> hourly(GeoPosition where, Double knots, int reports) {
        List<IotEvent> events = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            events.add(ais(beforeEta(300 - i), where, knots));
        }
        return events;
    }
}
