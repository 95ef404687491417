package org.portcullis.rules.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portcullis.model.assessment.MatchStrength;

/** Fuzzy screening of persons and parties: what it tolerates and what it refuses. */
class WatchlistScreeningTest {

    private static final PersonWatchlist PERSONS = new PersonWatchlist(List.of(
            new PersonWatchlistEntry("test", "P1", "Muhammad Yusuf Al-Rashid", "1980-07-02", "SY", null, ""),
            new PersonWatchlistEntry("test", "P2", "Aleksandr Ivanovich Petrov", "1965-11-23", "RU", "7712345", ""),
            new PersonWatchlistEntry("test", "P3", "José María García López", null, "ES", null, ""),
            new PersonWatchlistEntry("test", "P4", "Anna Kowalska", "1990", "PL", null, "")));

    private static final PartyWatchlist PARTIES = new PartyWatchlist(List.of(
            new WatchlistEntry("test", "E1", "Orion Star Logistics Ltd", "HK", ""),
            new WatchlistEntry("test", "E2", "Société Générale d'Armement Maritime", null, "")));

    @ParameterizedTest(name = "{0} {1} born {2} matches {3} ({4})")
    @CsvSource({
        "Mohammed Youssef, Al Rashid, 1980-07-02, P1, CONFIRMED",
        "Mohamed, Alrashid Yusuf, 1980-07-02, P1, CONFIRMED",
        "Alexander, Petrov, 1965-11-23, P2, CONFIRMED",
        "Aleksandr Ivanovich, Petrow, 1965-11-23, P2, CONFIRMED",
        "Jose Maria, Garcia, 1971-04-04, P3, POSSIBLE",
        "Maria Jose, Garcia Lopez, 1971-04-04, P3, POSSIBLE",
        "Anna, Kowalska, 1990-08-08, P4, POSSIBLE",
    })
    void personVariantsMatchTheirEntry(String given, String family, String birth, String entryId, String strength) {
        var hits = PERSONS.screen(new ScreenedPerson(Names.personWords(given, family), LocalDate.parse(birth), null,
                null));

        assertThat(hits).extracting(hit -> hit.entry().entryId()).containsExactly(entryId);
        assertThat(hits.get(0).strength()).isEqualTo(MatchStrength.valueOf(strength));
    }

    @org.junit.jupiter.api.Test
    void sameDateOfBirthWithAnotherNationalityIsOnlyAPossibleMatch() {
        var hits = PERSONS.screen(new ScreenedPerson(Names.personWords("Mohammed Youssef", "Al Rashid"),
                LocalDate.parse("1980-07-02"), "JO", null));

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.strength()).isEqualTo(MatchStrength.POSSIBLE);
            assertThat(hit.explanation()).contains("nationality JO is not the listed SY");
        });
    }

    @ParameterizedTest(name = "{0} {1} born {2} matches nobody")
    @CsvSource({
        "Mohammed Youssef, Al Rashid, 1981-07-02",
        "Alexandra, Petrova Smith, 1965-11-23",
        "Anna, Kowalska, 1991-08-08",
        "Petrov, '', 1965-11-23",
        "Maria, Schmidt, 1971-04-04",
    })
    void differentPeopleDoNotMatch(String given, String family, String birth) {
        assertThat(PERSONS.screen(new ScreenedPerson(Names.personWords(given, family), LocalDate.parse(birth), null,
                null))).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        "ORION STAR LOGISTICS LIMITED, HK, E1",
        "Orion Starr Logistic, HK, E1",
        "Logistics Orion Star Co., , E1",
        "Societe Generale d Armement Maritime SA, FR, E2",
        "Orion Star Logistics Ltd, SG, ''",
        "Orion Shipping, HK, ''",
    })
    void partyNamesMatchDespiteLegalFormsAccentsAndTypos(String name, String country, String expected) {
        var hits = PARTIES.screen(name, country);

        if (expected.isEmpty()) {
            assertThat(hits).isEmpty();
        } else {
            assertThat(hits).extracting(hit -> hit.entry().entryId()).containsExactly(expected);
        }
    }

    @org.junit.jupiter.api.Test
    void wordsAppendedToAListedNameLowerTheScore() {
        List<String> listed = Names.partyWords("Orion Star Logistics Ltd");

        double exact = NameSimilarity.score(Names.partyWords("Orion Star Logistics"), listed);
        double oneMore = NameSimilarity.score(Names.partyWords("Orion Star Logistics Shipping"), listed);
        double threeMore = NameSimilarity.score(Names.partyWords("Orion Star Logistics Shipping Agency Hamburg"),
                listed);

        assertThat(exact).isEqualTo(1.0);
        assertThat(oneMore).isLessThan(exact).isGreaterThanOrEqualTo(PartyWatchlist.NAME_THRESHOLD);
        assertThat(threeMore).isLessThan(oneMore).isLessThan(PartyWatchlist.NAME_THRESHOLD);
    }

    @org.junit.jupiter.api.Test
    void aNameWithWordsAppendedIsNotShownAsIdentical() {
        var hits = PARTIES.screen("Orion Star Logistics Ltd Shipping", "HK");

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.score()).isLessThan(1.0);
            assertThat(hit.explanation()).doesNotContain("similarity 1.00");
        });
        assertThat(PARTIES.screen("Orion Star Logistics Ltd Shipping Agency Hamburg Branch", "HK")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aListedMiddleNameTheManifestLeavesOutCostsNothing() {
        assertThat(NameSimilarity.score(Names.personWords("Aleksandr", "Petrov"),
                Names.personWords("Aleksandr Ivanovich Petrov"))).isEqualTo(1.0);
    }
}
