package org.portcullis.rules.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.iot.IotTestCase.BISCAY;
import static org.portcullis.rules.iot.IotTestCase.OFF_BANDAR_ABBAS;
import static org.portcullis.rules.iot.IotTestCase.ais;
import static org.portcullis.rules.iot.IotTestCase.assess;
import static org.portcullis.rules.iot.IotTestCase.beforeEta;
import static org.portcullis.rules.iot.IotTestCase.filing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.PartyHistory;
import org.portcullis.rules.engine.RepositoryRuleSet;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.screening.RedressRegister;

/**
 * IOT-006, IOT-007 and IOT-008: the vessel's AIS track before arrival (IOT-008 after the configured silence,
 * {@link VesselSilentAfter}, 12 hours by default). All refer the filing to a clerk (outcome REFER,
 * lane YELLOW: no measure proposed, nothing asked of the carrier), and the carrier is not told why. The assessments
 * run at {@link RepositoryRuleSet#CLOCK}, 124 hours before the ETA: reports after it are not yet followed by silence.
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
    void aisSilentForThirteenHoursUpToTheAssessmentRefersTheFilingToAClerk() {
        Instant now = RepositoryRuleSet.CLOCK.instant();
        Assessment assessment = assess(filing(), List.of(ais(now.minus(Duration.ofHours(16)), BISCAY, 15.0),
                ais(now.minus(Duration.ofHours(13)), BISCAY, 15.0)));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("IOT-008");
        Finding finding = assessment.findings().get(0);
        assertThat(finding.outcome()).isEqualTo(Outcome.REFER);
        assertThat(finding.carrierVisible()).isFalse();
        assertThat(finding.target().reference()).isEqualTo("MSC AURORA (IMO 9839284)");
        assertThat(finding.reason()).isEqualTo("MSC AURORA (IMO 9839284) has sent no AIS position since "
                + now.minus(Duration.ofHours(13)) + " (13 hours by " + now + ") and has not arrived yet");
    }

    @Test
    void aSingleReportFollowedBySilenceCountsToo() {
        Instant now = RepositoryRuleSet.CLOCK.instant();

        assertThat(assess(filing(), List.of(ais(now.minus(Duration.ofHours(12)), BISCAY, 15.0))).findings())
                .extracting(Finding::ruleId).containsExactly("IOT-008");
    }

    @Test
    void elevenHoursSinceTheLastReportIsNoFinding() {
        Instant now = RepositoryRuleSet.CLOCK.instant();

        assertThat(assess(filing(), List.of(ais(now.minus(Duration.ofHours(20)), BISCAY, 15.0),
                ais(now.minus(Duration.ofHours(11)), BISCAY, 15.0))).findings()).isEmpty();
    }

    @Test
    void theConfiguredThresholdAloneDecidesWhenTheSilenceCounts() {
        Instant now = RepositoryRuleSet.CLOCK.instant();
        List<IotEvent> sevenHoursSilent = List.of(ais(now.minus(Duration.ofHours(7)), BISCAY, 15.0));

        assertThat(assessWithSilentAfter(Duration.ofHours(6), sevenHoursSilent).findings())
                .extracting(Finding::ruleId).containsExactly("IOT-008");
        assertThat(assessWithSilentAfter(Duration.ofHours(8), sevenHoursSilent).findings()).isEmpty();
        assertThat(assess(filing(), sevenHoursSilent).findings()).as("the default, 12 hours").isEmpty();
    }

    @Test
    void aSilenceIsNotCountedOnceTheEtaHasPassed() {
        Instant afterEta = IotTestCase.ETA.plus(Duration.ofHours(1));
        DroolsFilingAssessor assessor = new DroolsFilingAssessor(new LiveRuleSet(RepositoryRuleSet.ruleSet()),
                Clock.fixed(afterEta, ZoneOffset.UTC));

        Assessment assessment = assessor.assess(RepositoryRuleSet.ruleSet(), null, filing(),
                List.of(ais(beforeEta(30), BISCAY, 15.0)));

        assertThat(assessment.findings()).extracting(Finding::ruleId).doesNotContain("IOT-008");
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

    private static Assessment assessWithSilentAfter(Duration threshold, List<IotEvent> events) {
        DroolsFilingAssessor assessor = new DroolsFilingAssessor(new LiveRuleSet(RepositoryRuleSet.ruleSet()),
                RepositoryRuleSet.CLOCK, DroolsFilingAssessor.Sources.of(PartyHistory.NONE, PersonHistory.NONE,
                        RedressRegister.NONE).with(new VesselSilentAfter(threshold)));
        return assessor.assess(RepositoryRuleSet.ruleSet(), RepositoryRuleSet.unselectedMrn(filing()), filing(),
                events);
    }

    /** Hourly reports at one position, the first 100 hours before the ETA (after the moment of the assessment). */
    private static List<IotEvent> hourly(GeoPosition where, Double knots, int reports) {
        List<IotEvent> events = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            events.add(ais(beforeEta(100 - i), where, knots));
        }
        return events;
    }
}
