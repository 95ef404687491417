package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.RepositoryRuleSet.assessPersons;
import static org.portcullis.rules.engine.TestPersons.crew;
import static org.portcullis.rules.engine.TestPersons.passenger;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.traveldocument.MrzBuilder;
import org.portcullis.model.traveldocument.MrzFormat;

/**
 * Travel documents: valid until the person leaves the port area (on arrival for those who disembark here, with the
 * vessel's departure for those who stay on board), and the MRZ's check digits and fields (ICAO Doc 9303).
 */
class TravelDocumentRulesTest {

    private static List<String> ruleIds(Assessment assessment) {
        return assessment.findings().stream().map(Finding::ruleId).toList();
    }

    private static String mrz(String family, String given, String number, String issuer, String nationality,
            String birth, String expiry) {
        return MrzBuilder.build(MrzFormat.TD3, "P", issuer, family, given, number, nationality,
                LocalDate.parse(birth), "F", LocalDate.parse(expiry), "").text();
    }

    @Test
    void crewStayingOnBoardNeedsADocumentValidUntilTheVesselLeaves() {
        var master = crew("Visser", "Eva").document("PASSPORT", "NX1000001", "NL", "2026-12-03");

        Assessment assessment = assessPersons(TestPersons.filing(TestPersons.build(master), List.of()));

        assertThat(assessment.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("PER-004");
            assertThat(finding.outcome()).isEqualTo(Outcome.DOCUMENT_CHECK);
            assertThat(finding.reason()).contains("valid until 2026-12-03", "leaves the port area on 2026-12-05",
                    "with the vessel's departure");
            assertThat(finding.agency()).isEqualTo("border");
        });
    }

    @Test
    void passengerWhoDisembarksHereNeedsTheDocumentValidOnArrivalOnly() {
        var tourist = passenger("Visser", "Eva").document("PASSPORT", "NX1000002", "NL", "2026-12-03");

        Assessment assessment = assessPersons(TestPersons.filing(List.of(), TestPersons.build(tourist)));

        assertThat(ruleIds(assessment)).containsExactly("PER-005");
        assertThat(assessment.findings().get(0).reason()).contains("1 day(s) after leaving the port area on 2026-12-02",
                "on disembarking at arrival");
    }

    @Test
    void passengerSailingOnIsCheckedAgainstTheVesselsDeparture() {
        var sailingOn = passenger("Visser", "Eva").disembarksAt("DEHAM")
                .document("PASSPORT", "NX1000003", "NL", "2026-12-03");
        var inTransit = passenger("Visser", "Joost").inTransit().document("PASSPORT", "NX1000004", "NL", "2026-12-04");

        Assessment assessment = assessPersons(TestPersons.filing(List.of(), TestPersons.build(sailingOn, inTransit)));

        assertThat(ruleIds(assessment)).containsExactly("PER-004", "PER-004");
    }

    @Test
    void documentValidOnTheDayTheVesselLeavesIsOnlyAskedAbout() {
        var master = crew("Visser", "Eva").document("PASSPORT", "NX1000005", "NL", "2026-12-05");

        assertThat(ruleIds(assessPersons(TestPersons.filing(TestPersons.build(master), List.of()))))
                .containsExactly("PER-005");
    }

    @Test
    void withoutADeclaredDepartureTheDayOfArrivalCounts() {
        var master = crew("Visser", "Eva").document("PASSPORT", "NX1000006", "NL", "2026-12-03");

        Assessment assessment = assessPersons(TestPersons.filing(TestPersons.build(master), List.of(), null, List.of(),
                List.of()));

        assertThat(ruleIds(assessment)).containsExactly("PER-005");
        assertThat(assessment.findings().get(0).reason()).contains("no departure declared");
    }

    @Test
    void anMrzThatAgreesWithTheDocumentRaisesNothing() {
        String mrz = mrz("Eriksson", "Anna Maria", "L898902C3", "SWE", "SWE", "1974-08-12", "2031-04-15");
        var anna = passenger("Eriksson", "Anna Maria").born("1974-08-12").nationality("SE")
                .document("PASSPORT", "L898902C3", "SE", "2031-04-15", mrz);

        assertThat(assessPersons(TestPersons.filing(List.of(), TestPersons.build(anna))).findings()).isEmpty();
    }

    @Test
    void aBrokenCheckDigitInTheDeclaredMrzIsADocumentaryCheck() {
        String mrz = mrz("Eriksson", "Anna Maria", "L898902C3", "SWE", "SWE", "1974-08-12", "2031-04-15")
                .replace("L898902C36", "L898902C35");
        var anna = passenger("Eriksson", "Anna Maria").born("1974-08-12").nationality("SE")
                .document("PASSPORT", "L898902C3", "SE", "2031-04-15", mrz);

        Assessment assessment = assessPersons(TestPersons.filing(List.of(), TestPersons.build(anna)));

        assertThat(assessment.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("PER-006");
            assertThat(finding.reason()).contains("document number check digit is 5, computed 6");
            assertThat(finding.carrierVisible()).isFalse();
        });
    }

    @Test
    void anMrzThatSaysAnotherDateOfBirthThanDeclaredIsADocumentaryCheck() {
        String mrz = mrz("Eriksson", "Anna Maria", "L898902C3", "SWE", "SWE", "1975-08-12", "2031-04-15");
        var anna = passenger("Eriksson", "Anna Maria").born("1974-08-12").nationality("SE")
                .document("PASSPORT", "L898902C3", "SE", "2031-04-15", mrz);

        Assessment assessment = assessPersons(TestPersons.filing(List.of(), TestPersons.build(anna)));

        assertThat(ruleIds(assessment)).containsExactly("PER-007");
        assertThat(assessment.findings().get(0).reason()).contains("date of birth 750812 in the MRZ, 740812 declared");
    }

    @Test
    void aPassportIssuedByAnotherStateThanTheNationalityIsADocumentaryCheck() {
        var declaredOnly = passenger("Haddad", "Omar").nationality("SY").document("PASSPORT", "N0123456", "TR",
                "2030-01-01");

        Assessment assessment = assessPersons(TestPersons.filing(List.of(), TestPersons.build(declaredOnly)));

        assertThat(ruleIds(assessment)).containsExactly("PER-008");
        assertThat(assessment.findings().get(0).reason()).contains("issued by TUR", "nationality is SYR");
    }

    @Test
    void anIdentityCardOfAnotherStateOrAStatelessPersonsPassportIsNotRaised() {
        var card = passenger("Haddad", "Omar").nationality("SY").document("IDENTITY_CARD", "C0123456", "TR",
                "2030-01-01");
        String stateless = mrz("Haddad", "Rami", "N7654321", "NLD", "XXA", "1985-05-05", "2030-01-01");
        var travelDocument = passenger("Haddad", "Rami").nationality(null).document("PASSPORT", "N7654321", "NL",
                "2030-01-01", stateless);

        assertThat(assessPersons(TestPersons.filing(List.of(), TestPersons.build(card, travelDocument))).findings())
                .isEmpty();
    }
}
