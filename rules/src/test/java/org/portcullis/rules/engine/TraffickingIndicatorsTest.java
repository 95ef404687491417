package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.TestPersons.crew;
import static org.portcullis.rules.engine.TestPersons.passenger;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GuardianRelation;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.rules.history.InMemoryPersonHistory;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.history.PersonSighting;

/**
 * The trafficking and smuggling indicators (TRF-001 to TRF-009): for each, a filing that raises it and a near miss
 * that does not. Every finding refers the case to the border police (documentary check or inspection), is hidden
 * from the carrier, and never holds or stops anything on its own.
 */
class TraffickingIndicatorsTest {

    private static final String THIS_VESSEL = "9321483";

    private static List<Finding> trafficking(Filing filing) {
        return trafficking(filing, PersonHistory.NONE);
    }

    private static List<Finding> trafficking(Filing filing, PersonHistory history) {
        Assessment assessment = RepositoryRuleSet.assess(filing, history);
        List<Finding> findings = assessment.findings().stream().filter(f -> f.ruleId().startsWith("TRF-")).toList();
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.outcome()).isIn(Outcome.DOCUMENT_CHECK, Outcome.INSPECT);
            assertThat(finding.agency()).isEqualTo("border-police");
            assertThat(finding.carrierVisible()).isFalse();
        });
        return findings;
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    private static Filing passengers(TestPersons.Builder... builders) {
        return TestPersons.filing(List.of(), TestPersons.build(builders));
    }

    private static PersonSighting seen(String mrn, String imo, String port, String arrival, PersonRole role,
            String family, String given, String birth, String document) {
        return new PersonSighting(mrn, imo, "VESSEL " + imo, port, LocalDate.parse(arrival), role, family, given,
                birth == null ? null : LocalDate.parse(birth), document);
    }

    // TRF-001

    @Test
    void minorWithoutAListedGuardianIsReferred() {
        var child = passenger("Novak", "Mia").born("2014-06-01");

        List<Finding> findings = trafficking(passengers(child));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("TRF-001");
            assertThat(finding.outcome()).isEqualTo(Outcome.INSPECT);
            assertThat(finding.reason()).contains("Mia Novak, aged 12", "none is named");
        });
    }

    @Test
    void minorWithAParentOnTheListAndAnEighteenYearOldAloneAreNotReferred() {
        var mother = passenger("Novak", "Ana").born("1984-01-01");
        var child = passenger("Novak", "Mia").born("2014-06-01").guardian(mother.documentNumber(),
                GuardianRelation.PARENT);
        var justAdult = passenger("Horvat", "Luka").born("2008-12-02");

        assertThat(trafficking(passengers(mother, child, justAdult))).isEmpty();
    }

    // TRF-002

    @Test
    void minorWithAnAdultOfAnotherFamilyNameAndNoRelationStatedIsReferred() {
        var adult = passenger("Kovacs", "Peter").born("1970-01-01");
        var child = passenger("Novak", "Mia").born("2014-06-01").guardian(adult.documentNumber(), null);

        assertThat(trafficking(passengers(adult, child))).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("TRF-002");
            assertThat(finding.reason()).contains("travels with Peter Kovacs", "states no relation");
        });
    }

    @Test
    void aStatedRelationOrASharedFamilyNameIsEnough() {
        var stepfather = passenger("Kovacs", "Peter").born("1970-01-01");
        var child = passenger("Novak", "Mia").born("2014-06-01").guardian(stepfather.documentNumber(),
                GuardianRelation.LEGAL_GUARDIAN);
        var mother = passenger("Garcia Lopez", "Rosa").born("1980-01-01");
        var son = passenger("Lopez", "Pablo").born("2016-01-01").guardian(mother.documentNumber(), null);

        assertThat(trafficking(passengers(stepfather, child, mother, son))).isEmpty();
    }

    // TRF-003

    @Test
    void oneAdultWithThreeUnrelatedMinorsIsReferred() {
        var escort = passenger("Bauer", "Karl").born("1975-01-01");
        var a = passenger("Ionescu", "Ana").born("2011-01-01").guardian(escort.documentNumber(),
                GuardianRelation.ACCOMPANYING_ADULT);
        var b = passenger("Popescu", "Dan").born("2012-01-01").guardian(escort.documentNumber(),
                GuardianRelation.ACCOMPANYING_ADULT);
        var c = passenger("Stan", "Ioana").born("2013-01-01").guardian(escort.documentNumber(),
                GuardianRelation.ACCOMPANYING_ADULT);

        assertThat(trafficking(passengers(escort, a, b, c))).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("TRF-003");
            assertThat(finding.target().reference()).startsWith("Bauer, Karl");
            assertThat(finding.reason()).contains("3 minors", "Ana Ionescu", "Dan Popescu", "Ioana Stan");
        });
    }

    @Test
    void twoUnrelatedMinorsOrThreeOwnChildrenAreNotReferred() {
        var escort = passenger("Bauer", "Karl").born("1975-01-01");
        var a = passenger("Ionescu", "Ana").born("2011-01-01").guardian(escort.documentNumber(),
                GuardianRelation.ACCOMPANYING_ADULT);
        var b = passenger("Popescu", "Dan").born("2012-01-01").guardian(escort.documentNumber(),
                GuardianRelation.ACCOMPANYING_ADULT);
        var father = passenger("Weber", "Jan").born("1978-01-01");
        var c1 = passenger("Weber", "Lea").born("2012-01-01").guardian(father.documentNumber(),
                GuardianRelation.PARENT);
        var c2 = passenger("Weber", "Tim").born("2014-01-01").guardian(father.documentNumber(),
                GuardianRelation.PARENT);
        var c3 = passenger("Weber", "Ida").born("2016-01-01").guardian(father.documentNumber(),
                GuardianRelation.PARENT);

        assertThat(trafficking(passengers(escort, a, b, father, c1, c2, c3))).isEmpty();
    }

    // TRF-004

    @Test
    void samePersonOnTwoOtherVesselsWithinThirtyDaysIsReferred() {
        var courier = passenger("Mendes", "Rui").born("1990-02-02");
        String document = courier.documentNumber();
        PersonHistory history = new InMemoryPersonHistory().add(
                seen("26NL1", "9000001", "BEANR", "2026-11-20", PersonRole.PASSENGER, "Mendes", "Rui", "1990-02-02",
                        document),
                seen("26NL2", "9000002", "GBFXT", "2026-11-10", PersonRole.CREW, "Mendes", "Rui", "1990-02-02",
                        document));

        assertThat(trafficking(passengers(courier), history)).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("TRF-004");
            assertThat(finding.reason()).contains("VESSEL 9000001 (IMO 9000001) at BEANR on 2026-11-20",
                    "VESSEL 9000002 (IMO 9000002) at GBFXT on 2026-11-10");
        });
    }

    @Test
    void otherListsLongerAgoOrOfThisVesselAreNotReferred() {
        var regular = passenger("Mendes", "Rui").born("1990-02-02");
        String document = regular.documentNumber();
        PersonHistory history = new InMemoryPersonHistory().add(
                seen("26NL1", "9000001", "BEANR", "2026-11-20", PersonRole.PASSENGER, "Mendes", "Rui", "1990-02-02",
                        document),
                seen("26NL2", "9000002", "GBFXT", "2026-10-10", PersonRole.PASSENGER, "Mendes", "Rui", "1990-02-02",
                        document),
                seen("26NL3", THIS_VESSEL, "DEHAM", "2026-11-25", PersonRole.PASSENGER, "Mendes", "Rui",
                        "1990-02-02", document));

        assertThat(trafficking(passengers(regular), history)).isEmpty();
    }

    // TRF-005

    @Test
    void crewMemberOfTheLastCallMissingWithoutSignOffIsReferred() {
        var master = crew("Jansen", "Pieter").born("1980-04-12");
        PersonHistory history = new InMemoryPersonHistory().add(
                seen("26NL9", THIS_VESSEL, "GBFXT", "2026-11-28", PersonRole.CREW, "Jansen", "Pieter", "1980-04-12",
                        master.documentNumber()),
                seen("26NL9", THIS_VESSEL, "GBFXT", "2026-11-28", PersonRole.CREW, "Reyes", "Jose", "1990-03-03",
                        "P1122334"));

        List<Finding> findings = trafficking(TestPersons.filing(TestPersons.build(master), List.of()), history);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("TRF-005");
            assertThat(finding.outcome()).isEqualTo(Outcome.INSPECT);
            assertThat(finding.target().reference()).isEqualTo("Reyes, Jose (crew at GBFXT)");
            assertThat(finding.reason()).contains("possible absconding");
        });
    }

    @Test
    void crewMemberSignedOffOrBackOnARenewedPassportIsNotReferred() {
        var master = crew("Jansen", "Pieter").born("1980-04-12");
        var renewed = crew("Santos", "Maria").born("1992-09-03").document("PASSPORT", "P9999999", "PH", "2031-01-01");
        PersonHistory history = new InMemoryPersonHistory().add(
                seen("26NL9", THIS_VESSEL, "GBFXT", "2026-11-28", PersonRole.CREW, "Jansen", "Pieter", "1980-04-12",
                        master.documentNumber()),
                seen("26NL9", THIS_VESSEL, "GBFXT", "2026-11-28", PersonRole.CREW, "Reyes", "Jose", "1990-03-03",
                        "P1122334"),
                seen("26NL9", THIS_VESSEL, "GBFXT", "2026-11-28", PersonRole.CREW, "Santos", "Maria", "1992-09-03",
                        "P7788990"));
        Filing filing = TestPersons.filing(TestPersons.build(master, renewed), List.of(), TestPersons.ETD, List.of(),
                List.of(TestPersons.signOff("Reyes", "Jose", "P1122334", "GBFXT", "2026-11-28")));

        assertThat(trafficking(filing, history)).isEmpty();
    }

    // TRF-006

    @Test
    void crewMemberWhoJoinedAtAPortOffTheRouteIsReferred() {
        var joined = crew("Cruz", "Ben").embarked("PHMNL", "2026-11-20");
        Filing filing = TestPersons.filing(TestPersons.build(joined), List.of(), TestPersons.ETD, List.of(
                TestPersons.visit("GBFXT", "2026-11-28"), TestPersons.visit("SGSIN", "2026-11-10"),
                TestPersons.visit("CNSHA", "2026-11-02")), List.of());

        assertThat(trafficking(filing)).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("TRF-006");
            assertThat(finding.reason()).contains("joined at PHMNL on 2026-11-20", "since 2026-11-02");
        });
    }

    @Test
    void crewMemberWhoJoinedOnTheRouteOrBeforeItsFirstListedCallIsNotReferred() {
        var onRoute = crew("Cruz", "Ben").embarked("SGSIN", "2026-11-10");
        var longAgo = crew("Lim", "Eve").embarked("PHMNL", "2026-10-01");
        Filing filing = TestPersons.filing(TestPersons.build(onRoute, longAgo), List.of(), TestPersons.ETD, List.of(
                TestPersons.visit("GBFXT", "2026-11-28"), TestPersons.visit("SGSIN", "2026-11-10"),
                TestPersons.visit("CNSHA", "2026-11-02")), List.of());

        assertThat(trafficking(filing)).isEmpty();
    }

    // TRF-007

    @Test
    void oneDocumentNumberForTwoNamesInTheFilingIsReferredOnce() {
        var first = passenger("Petrov", "Ivan").document("PASSPORT", "751234567", "RU", "2030-01-01");
        var second = passenger("Orlov", "Igor").document("PASSPORT", "75 1234567", "RU", "2030-01-01");

        assertThat(trafficking(passengers(first, second))).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("TRF-007");
            assertThat(finding.outcome()).isEqualTo(Outcome.INSPECT);
            assertThat(finding.reason()).contains("Ivan Petrov", "Igor Orlov");
        });
    }

    @Test
    void consecutiveDocumentNumbersOfAFamilyAreNotReferred() {
        var first = passenger("Petrov", "Ivan").document("PASSPORT", "751234567", "RU", "2030-01-01");
        var second = passenger("Petrova", "Olga").document("PASSPORT", "751234568", "RU", "2030-01-01");

        assertThat(trafficking(passengers(first, second))).isEmpty();
    }

    // TRF-008

    @Test
    void documentNumberListedForAnotherNameBeforeIsReferred() {
        var traveller = passenger("Haddad", "Omar").born("1988-08-08");
        PersonHistory history = new InMemoryPersonHistory().add(seen("26NL4", "9000004", "ESALG", "2026-10-15",
                PersonRole.PASSENGER, "Karimi", "Reza", "1979-01-01", traveller.documentNumber()));

        assertThat(trafficking(passengers(traveller), history)).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("TRF-008");
            assertThat(finding.reason()).contains("was listed for Reza Karimi on VESSEL 9000004");
        });
    }

    @Test
    void sameDocumentUnderAnotherSpellingOfTheSameNameIsNotReferred() {
        var traveller = passenger("Al-Rashid", "Mohammed Yusuf").born("1980-07-02");
        PersonHistory history = new InMemoryPersonHistory().add(seen("26NL4", "9000004", "ESALG", "2026-10-15",
                PersonRole.PASSENGER, "Al Rashid", "Muhammad Yusuf", "1980-07-02", traveller.documentNumber()));

        assertThat(trafficking(passengers(traveller), history)).isEmpty();
    }

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

    @Test
    void personsOfACleanCruiseListRaiseNoIndicator() {
        List<Person> crewList = TestPersons.build(crew("Jansen", "Pieter"), crew("Santos", "Maria"));
        var mother = passenger("Novak", "Ana").born("1984-01-01");
        var child = passenger("Novak", "Mia").born("2014-06-01").guardian(mother.documentNumber(),
                GuardianRelation.PARENT);

        assertThat(trafficking(TestPersons.filing(crewList, TestPersons.build(mother, child)))).isEmpty();
    }
}
