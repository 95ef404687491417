package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.RepositoryRuleSet.assessPersons;
import static org.portcullis.rules.engine.TestFilings.person;
import static org.portcullis.rules.engine.TestFilings.withPeople;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.filing.HealthDeclaration;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PersonRole;

/** The persons rules: watchlist screening of crew and passengers, travel documents, the health declaration. */
class PersonsRulesTest {

    private static final String VALID = "2030-01-01";

    @Test
    void crewWithValidDocumentsAndAHealthyShipRaiseNothing() {
        Assessment assessment = assessPersons(withPeople(List.of(person(PersonRole.CREW, "Santos", "Maria", "1990-05-05",
                "PH", "P1234567A", VALID)), List.of(), new HealthDeclaration(0, 0, false, null)));

        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.screeningMatches()).isEmpty();
    }

    @Test
    void listedPersonConfirmedByDateOfBirthIsHeldDespiteTransliterationAndWordOrder() {
        Person listed = person(PersonRole.PASSENGER, "Sokolov", "Viktor Aleksandrovitch", "1971-03-14", "RU",
                "751234567", VALID);

        Assessment assessment = assessPersons(withPeople(List.of(), List.of(listed), null));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("PER-001");
        assertThat(assessment.outcome()).isEqualTo(Outcome.HOLD);
        Finding finding = assessment.findings().get(0);
        assertThat(finding.target().kind()).isEqualTo(TargetKind.PERSON);
        assertThat(finding.reason()).contains("PW-0001", "persons-of-interest", "date of birth 1971-03-14 agrees");
        assertThat(finding.carrierVisible()).isFalse();
        assertThat(assessment.screeningMatches()).singleElement().satisfies(match -> {
            assertThat(match.strength()).isEqualTo(MatchStrength.CONFIRMED);
            assertThat(match.subjectKey()).isEqualTo("ALEKSANDROVITCH SOKOLOV VIKTOR|1971-03-14");
        });
    }

    @Test
    void sameNameWithAnotherDateOfBirthIsNotAMatch() {
        Person namesake = person(PersonRole.CREW, "Sokolov", "Viktor", "1988-10-01", "RU", "751234567", VALID);

        assertThat(assessPersons(withPeople(List.of(namesake), List.of(), null)).findings()).isEmpty();
    }

    @Test
    void listedPersonWithoutDateOfBirthOnTheListIsAPossibleMatchWithTypos() {
        Person person = person(PersonRole.CREW, "de Vries", "Jann", "1979-01-20", "NL", "NX123456", VALID);

        Assessment assessment = assessPersons(withPeople(List.of(person), List.of(), null));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("PER-002");
        assertThat(assessment.outcome()).isEqualTo(Outcome.DOCUMENT_CHECK);
        assertThat(assessment.findings().get(0).reason()).contains("PW-0003", "no date of birth to confirm");
    }

    @Test
    void sameUnconfirmedNameOfAnotherNationalityOrWithWordsAppendedIsNoPossibleMatch() {
        Person dutchNamesake = person(PersonRole.CREW, "de Vries", "Jann", "1979-01-20", "BE", "BX123456", VALID);
        Person longerName = person(PersonRole.CREW, "de Vries van Houten", "Jan Pieter", "1979-01-20", "NL",
                "NX654321", VALID);

        Assessment assessment = assessPersons(withPeople(List.of(dutchNamesake, longerName), List.of(), null));

        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.screeningMatches()).isEmpty();
    }

    @Test
    void documentNumberConfirmsAMatchWhenTheNameIsSpelledQuiteDifferently() {
        Person person = person(PersonRole.PASSENGER, "Chang", "Lee Way", "1985-06-30", "CN", "E 1234 5678", VALID);

        Assessment assessment = assessPersons(withPeople(List.of(), List.of(person), null));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("PER-001");
        assertThat(assessment.findings().get(0).reason()).contains("document number E12345678 agrees");
    }

    @Test
    void travelDocumentMissingExpiredOrExpiringSoonIsRaised() {
        List<Person> crew = List.of(
                person(PersonRole.CREW, "Reyes", "Jose", "1980-01-01", "PH", null, null),
                person(PersonRole.CREW, "Cruz", "Ana", "1982-02-02", "PH", "P7654321B", "2026-11-30"),
                person(PersonRole.CREW, "Lim", "Ben", "1983-03-03", "PH", "P1111111C", "2026-12-05"),
                person(PersonRole.CREW, "Tan", "Eve", "1984-04-04", "PH", "P2222222D", "2026-12-09"));

        Assessment assessment = assessPersons(withPeople(crew, List.of(), null));

        assertThat(assessment.findings()).extracting(Finding::ruleId, f -> f.target().reference())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("PER-003", "Reyes, Jose (crew)"),
                        org.assertj.core.groups.Tuple.tuple("PER-004", "Cruz, Ana (crew)"),
                        org.assertj.core.groups.Tuple.tuple("PER-005", "Lim, Ben (crew)"));
        assertThat(assessment.findings()).filteredOn(f -> f.ruleId().equals("PER-004")).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("valid until 2026-11-30", "leaves the port area on 2026-12-02"));
        assertThat(assessment.findings()).allMatch(Finding::carrierVisible);
    }

    @Test
    void theHealthDeclarationIsPortHealthsBorderPolicesPersonsRulesSayNothingOfIt() {
        assertThat(assessPersons(withPeople(List.of(), List.of(), new HealthDeclaration(2, 1, false, "cardiac arrest")))
                .findings()).isEmpty();
        assertThat(assessPersons(withPeople(List.of(), List.of(),
                new HealthDeclaration(5, 0, true, "fever and rash in five passengers"))).findings()).isEmpty();
    }

    @Test
    void matchClearedAsFalsePositiveIsNotRaisedAgainForThatPerson() {
        Person namesake = person(PersonRole.PASSENGER, "Sokolov", "Viktor Aleksandrovich", "1971-03-14", "RU",
                "751234567", VALID);
        var filing = withPeople(List.of(), List.of(namesake), null);
        var cleared = RepositoryRuleSet.assessor(PartyHistory.NONE, (list, entry, subject) ->
                list.equals("persons-of-interest") && entry.equals("PW-0001")
                        && subject.equals("ALEKSANDROVICH SOKOLOV VIKTOR|1971-03-14"));

        Assessment assessment = cleared.assess(RepositoryRuleSet.ruleSet(), RepositoryRuleSet.unselectedMrn(filing),
                filing, RepositoryRuleSet.PERSONS);

        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.screeningMatches()).isEmpty();
        assertThat(assessment.setAsideMatches()).singleElement().satisfies(match -> assertThat(match.describe())
                .contains("matched PW-0001", "set aside by an officer", "the former register"));
    }

    @Test
    void passengerWithANameCraftedOfManyShortWordsIsAssessedLikeAnyOther() {
        String crafted = org.portcullis.rules.screening.CraftedNamesTest.manyShortWords(17);
        Person person = person(PersonRole.PASSENGER, crafted, crafted, "1971-03-14", "RU", "751234567", VALID);

        Assessment assessment = assessPersons(withPeople(List.of(), List.of(person), null));

        assertThat(assessment.findings()).isEmpty();
    }
}
