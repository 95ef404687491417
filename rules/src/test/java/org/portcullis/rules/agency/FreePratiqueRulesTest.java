package org.portcullis.rules.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.agency.AgencyRulesFixture.HEALTH;
import static org.portcullis.rules.agency.AgencyRulesFixture.assess;
import static org.portcullis.rules.agency.AgencyRulesFixture.ruleIds;
import static org.portcullis.rules.agency.PortEntryFilings.ARRIVAL;
import static org.portcullis.rules.agency.PortEntryFilings.allNo;
import static org.portcullis.rules.agency.PortEntryFilings.certificateExpiring;
import static org.portcullis.rules.agency.PortEntryFilings.filing;
import static org.portcullis.rules.agency.PortEntryFilings.health;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.portcullis.model.agency.AgencyAssessment;
import org.portcullis.model.agency.FreePratique;
import org.portcullis.model.filing.HealthAnswer;
import org.portcullis.model.filing.HealthDeclaration;
import org.portcullis.model.filing.HealthQuestions;
import org.portcullis.model.filing.RecentPortCall;
import org.portcullis.model.value.UnLocode;

/** Port health's free pratique rules (rules/ruleset/health): each fires on its case and not on the case next to it. */
class FreePratiqueRulesTest {

    private static final HealthAnswer YES = HealthAnswer.yes("see the schedule");
    private static final HealthAnswer NO = HealthAnswer.no();

    @Test
    void aCleanDeclarationGrantsFreePratique() {
        AgencyAssessment clean = assess(HEALTH, filing(PortEntryFilings.cleanHealth(), null, null));

        assertThat(clean.assessment().findings()).isEmpty();
        assertThat(clean.freePratique()).isEqualTo(FreePratique.GRANTED);
    }

    @Test
    void deathOnBoardRefusesFreePratiqueWhetherAnsweredOrCounted() {
        assertThat(ask(q -> with(q, 1, YES))).containsExactly("FPR-001");
        assertThat(freePratique(q -> with(q, 1, YES))).isEqualTo(FreePratique.REFUSED);
        HealthDeclaration counted = new HealthDeclaration(0, 1, false, "cardiac arrest");
        assertThat(ruleIds(assess(HEALTH, filing(counted, null, null)))).containsExactly("FPR-001");
        assertThat(ask(q -> with(q, 1, NO))).isEmpty();
    }

    @Test
    void theDeclarationsSummaryAloneDecidesAsTheAnswersWould() {
        HealthDeclaration disease = new HealthDeclaration(5, 0, true, "fever and rash in five passengers");
        HealthDeclaration ill = new HealthDeclaration(1, 0, false, "sprain");

        assertThat(ruleIds(assess(HEALTH, filing(disease, null, null)))).containsExactly("FPR-002");
        assertThat(ruleIds(assess(HEALTH, filing(ill, null, null)))).containsExactly("FPR-003");
        assertThat(assess(HEALTH, filing(ill, null, null)).freePratique())
                .isEqualTo(FreePratique.GRANTED_WITH_CONDITIONS);
    }

    @Test
    void suspectedInfectiousDiseaseRefusesFreePratique() {
        assertThat(ask(q -> with(q, 2, YES))).containsExactly("FPR-002");
        assertThat(ask(q -> with(q, 2, NO))).isEmpty();
    }

    @Test
    void illPersonsWithoutSuspicionGrantFreePratiqueWithConditions() {
        assertThat(ask(q -> with(q, 4, YES))).containsExactly("FPR-003");
        assertThat(freePratique(q -> with(q, 4, YES))).isEqualTo(FreePratique.GRANTED_WITH_CONDITIONS);
        assertThat(ask(q -> with(with(q, 4, YES), 2, YES))).containsExactly("FPR-002");
    }

    @Test
    void moreIllnessThanNormalMeansInspectionOnArrival() {
        assertThat(ask(q -> with(q, 3, YES))).containsExactly("FPR-004");
        assertThat(freePratique(q -> with(q, 3, YES))).isEqualTo(FreePratique.INSPECTION_ON_ARRIVAL);
        assertThat(ask(q -> with(q, 5, YES))).as("a practitioner consulted alone").isEmpty();
    }

    @Test
    void aConditionThatMaySpreadDiseaseMeansInspection() {
        assertThat(ask(q -> with(q, 6, YES))).containsExactly("FPR-005");
        assertThat(ask(q -> with(q, 6, NO))).isEmpty();
    }

    @Test
    void aSickAnimalMeansInspection() {
        assertThat(ask(q -> with(q, 9, YES))).containsExactly("FPR-006");
        assertThat(ask(q -> with(q, 9, NO))).isEmpty();
    }

    @Test
    void stowawaysGrantWithConditions() {
        assertThat(ask(q -> with(q, 8, HealthAnswer.yes("joined at Lagos")))).containsExactly("FPR-007");
        assertThat(ask(q -> with(q, 8, NO))).isEmpty();
    }

    @Test
    void sanitaryMeasuresGrantWithConditions() {
        assertThat(ask(q -> with(q, 7, HealthAnswer.yes("disinfection, Santos, 2026-11-20"))))
                .containsExactly("FPR-008");
        assertThat(ask(q -> with(q, 7, NO))).isEmpty();
    }

    @Test
    void aSanitationCertificateExpiredBeforeArrivalMeansInspection() {
        assertThat(certificate(ARRIVAL.minusDays(1))).containsExactly("FPR-010");
        assertThat(certificate(ARRIVAL)).as("valid on the day of arrival").isEmpty();
    }

    @Test
    void aFullDeclarationWithoutCertificateMeansInspectionButASummaryAloneDoesNot() {
        assertThat(ruleIds(assess(HEALTH, filing(health(allNo(), null, List.of()), null, null))))
                .containsExactly("FPR-011");
        assertThat(ruleIds(assess(HEALTH, filing(new HealthDeclaration(0, 0, false, null), null, null)))).isEmpty();
    }

    @Test
    void aCertificateAskingForReinspectionMeansInspection() {
        var asking = new org.portcullis.model.filing.SanitationCertificate(
                org.portcullis.model.filing.SanitationCertificate.SanitationCertificateType.CONTROL,
                UnLocode.of("SGSIN"), "MPA", ARRIVAL.minusMonths(1), ARRIVAL.plusMonths(5), true);

        assertThat(ruleIds(assess(HEALTH, filing(health(allNo(), asking, List.of()), null, null))))
                .containsExactly("FPR-012");
    }

    @Test
    void aCallAtAnAffectedAreaWithinThirtyDaysMeansInspection() {
        assertThat(visited("SLFNA", 12)).containsExactly("FPR-020");
        assertThat(visited("YEADE", 29)).as("a whole country listed").containsExactly("FPR-020");
        assertThat(visited("SLFNA", 31)).as("more than thirty days before arrival").isEmpty();
        assertThat(visited("SGSIN", 5)).as("a port not affected").isEmpty();
    }

    @Test
    void theMastersOwnDeclarationOfAnAffectedAreaMeansInspection() {
        var declared = new HealthDeclaration(0, 0, false, null, allNo(), certificateExpiring(ARRIVAL.plusMonths(2)),
                HealthAnswer.yes("Freetown, 2026-11-20"), List.of(), List.of(), null, null);

        assertThat(ruleIds(assess(HEALTH, filing(declared, null, null)))).containsExactly("FPR-021");
    }

    private static List<String> visited(String port, int daysBeforeArrival) {
        var call = new RecentPortCall(UnLocode.of(port), ARRIVAL.minusDays(daysBeforeArrival));
        return ruleIds(assess(HEALTH, filing(health(allNo(), certificateExpiring(ARRIVAL.plusMonths(2)),
                List.of(call)), null, null)));
    }

    private static List<String> certificate(java.time.LocalDate expiry) {
        return ruleIds(assess(HEALTH, filing(health(allNo(), certificateExpiring(expiry), List.of()), null, null)));
    }

    private static List<String> ask(UnaryOperator<HealthQuestions> answers) {
        return ruleIds(declare(answers));
    }

    private static FreePratique freePratique(UnaryOperator<HealthQuestions> answers) {
        return declare(answers).freePratique();
    }

    private static AgencyAssessment declare(UnaryOperator<HealthQuestions> answers) {
        HealthQuestions questions = answers.apply(allNo());
        return assess(HEALTH, filing(health(questions, certificateExpiring(ARRIVAL.plusMonths(3)), List.of()),
                null, null));
    }

    /** The questions with question n (1 to 9) answered. */
    private static HealthQuestions with(HealthQuestions q, int n, HealthAnswer a) {
        return new HealthQuestions(n == 1 ? a : q.deathsOtherThanByAccident(), n == 2 ? a : q.suspectedInfectiousDisease(),
                n == 3 ? a : q.illnessAboveNormal(), n == 4 ? a : q.illPersonsOnBoard(),
                n == 5 ? a : q.medicalPractitionerConsulted(), n == 6 ? a : q.conditionLikelyToSpreadDisease(),
                n == 7 ? a : q.sanitaryMeasuresApplied(), n == 8 ? a : q.stowawaysFound(),
                n == 9 ? a : q.sickAnimalOnBoard());
    }
}
