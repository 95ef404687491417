package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.Indicators.passengers;
import static org.portcullis.rules.engine.Indicators.seen;
import static org.portcullis.rules.engine.Indicators.trafficking;
import static org.portcullis.rules.engine.TestPersons.crew;
import static org.portcullis.rules.engine.TestPersons.passenger;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.rules.history.InMemoryPersonHistory;
import org.portcullis.rules.history.PersonHistory;

/**
 * The indicators over the history of port calls and crew changes (persons/identity-history.drl,
 * persons/crew-changes.drl): each indicator and its near miss.
 */
class HistoryAndCrewIndicatorsTest {

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
                seen("26NL3", Indicators.THIS_VESSEL, "DEHAM", "2026-11-25", PersonRole.PASSENGER, "Mendes", "Rui",
                        "1990-02-02", document));

        assertThat(trafficking(passengers(regular), history)).isEmpty();
    }

    // TRF-005

    @Test
    void crewMemberOfTheLastCallMissingWithoutSignOffIsReferred() {
        var master = crew("Jansen", "Pieter").born("1980-04-12");
        PersonHistory history = new InMemoryPersonHistory().add(
                seen("26NL9", Indicators.THIS_VESSEL, "GBFXT", "2026-11-28", PersonRole.CREW, "Jansen", "Pieter", "1980-04-12",
                        master.documentNumber()),
                seen("26NL9", Indicators.THIS_VESSEL, "GBFXT", "2026-11-28", PersonRole.CREW, "Reyes", "Jose", "1990-03-03",
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
                seen("26NL9", Indicators.THIS_VESSEL, "GBFXT", "2026-11-28", PersonRole.CREW, "Jansen", "Pieter", "1980-04-12",
                        master.documentNumber()),
                seen("26NL9", Indicators.THIS_VESSEL, "GBFXT", "2026-11-28", PersonRole.CREW, "Reyes", "Jose", "1990-03-03",
                        "P1122334"),
                seen("26NL9", Indicators.THIS_VESSEL, "GBFXT", "2026-11-28", PersonRole.CREW, "Santos", "Maria", "1992-09-03",
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
}
