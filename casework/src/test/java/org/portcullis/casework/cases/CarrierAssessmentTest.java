package org.portcullis.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.ConsignmentOutcome;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;

/** What a notice tells the carrier of the latest assessment: its lane and only the findings the carrier may see. */
class CarrierAssessmentTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Mrn MRN = Mrn.issue(2026, CountryCode.of("NL"), 81);

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final AssessmentRepository assessments = new AssessmentRepository(database.jdbc(), database.batches());

    @BeforeEach
    void aCase() {
        database.jdbc().sql("""
                insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, eta,
                    consignment_count, current_version, registered_at, updated_at)
                values (?, 'MSC', 'LRN-81', 'ASSESSED', '9074729', 'VESSEL', 'NLRTM', ?, 2, 1, ?, ?)""")
                .params(MRN.value(), NOW.atOffset(ZoneOffset.UTC), NOW.atOffset(ZoneOffset.UTC),
                        NOW.atOffset(ZoneOffset.UTC)).update();
    }

    @Test
    void theLatestAssessmentsLaneAndOnlyItsCarrierVisibleFindingsInRuleOrder() {
        database.transactions().executeWithoutResult(status -> {
            assessments.insert(MRN, 1, Assessment.of(List.of(finding("OLD-001", Outcome.HOLD, true)), List.of(),
                    List.of(), "v1", NOW));
            assessments.insert(MRN, 1, Assessment.of(List.of(
                    finding("DOC-002", Outcome.DOCUMENT_CHECK, true),
                    finding("TGT-012", Outcome.INSPECT, false),
                    finding("DOC-005", Outcome.REQUEST_INFORMATION, true)),
                    List.of(new ConsignmentOutcome("BL-1", Outcome.INSPECT)), List.of(), "v2", NOW));
        });

        AssessmentRepository.CarrierAssessment latest = assessments.latestForCarrier(MRN).orElseThrow();

        assertThat(latest.lane()).isEqualTo(Outcome.INSPECT.lane());
        assertThat(latest.carrierVisibleFindings()).extracting(Finding::ruleId).containsExactly("DOC-002", "DOC-005");
        assertThat(latest.carrierVisibleFindings())
                .isEqualTo(assessments.latest(MRN).orElseThrow().carrierVisibleFindings());
    }

    @Test
    void anAssessmentWithNothingTheCarrierMaySeeGivesItsLaneAndNoFindings() {
        database.transactions().executeWithoutResult(status -> assessments.insert(MRN, 1, Assessment.of(
                List.of(finding("TGT-012", Outcome.HOLD, false)), List.of(), List.of(), "v1", NOW)));

        AssessmentRepository.CarrierAssessment latest = assessments.latestForCarrier(MRN).orElseThrow();

        assertThat(latest.lane()).isEqualTo(Outcome.HOLD.lane());
        assertThat(latest.carrierVisibleFindings()).isEmpty();
    }

    @Test
    void eachConsignmentKeepsTheLaneTheRulesAloneGaveBesideItsOutcome() {
        database.transactions().executeWithoutResult(status -> assessments.insert(MRN, 1, Assessment.of(
                List.of(finding("TGT-020", Outcome.INSPECT, false)), List.of(
                        new ConsignmentOutcome("BL-1", Outcome.INSPECT, Lane.GREEN),
                        new ConsignmentOutcome("BL-2", Outcome.RELEASE)), List.of(), "v1", NOW)));

        List<ConsignmentOutcome> read = assessments.latest(MRN).orElseThrow().consignments();

        assertThat(read).containsExactly(new ConsignmentOutcome("BL-1", Outcome.INSPECT, Lane.GREEN),
                new ConsignmentOutcome("BL-2", Outcome.RELEASE, null));
    }

    @Test
    void aCaseNotAssessedYetHasNothingToTell() {
        assertThat(assessments.latestForCarrier(MRN)).isEmpty();
    }

    private static Finding finding(String ruleId, Outcome outcome, boolean carrierVisible) {
        return new Finding(ruleId, ruleId + " a rule", new Target(TargetKind.CONSIGNMENT, "BL-1"), outcome,
                "because " + ruleId, carrierVisible);
    }
}
