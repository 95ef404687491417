package org.portcullis.rules.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

/** Names crafted to blow up the candidate query (many short words) are screened like any other name. */
public class CraftedNamesTest {

    private static final PersonWatchlist PERSONS = new PersonWatchlist(List.of(
            new PersonWatchlistEntry("test", "P1", "Muhammad Yusuf Al-Rashid", "1980-07-02", "SY", null, "")));
    private static final PartyWatchlist PARTIES = new PartyWatchlist(List.of(
            new WatchlistEntry("test", "E1", "Orion Star Logistics Ltd", "HK", "")));

    /** Three-letter words that each sound two ways in Double Metaphone: every pair of them is a query clause. */
    private static final List<String> TWO_SOUND_WORDS = List.of("JAB", "JAC", "JAD", "JAF", "JAH", "JAL", "JAM",
            "JAN", "JAR", "JAS", "JAX", "WAB", "WAC", "WAD", "WAF", "WAH", "WAL", "WAM", "WAN", "WAR", "WAS", "WAX",
            "GEB", "GEC", "GED", "GEF", "GEH", "GEL", "GEM", "GEN", "GER", "GES", "GEX", "GEZ");

    /** A name of {@code count} such words: 34 of them fit in the 140 characters of family and given names. */
    public static String manyShortWords(int count) {
        return TWO_SOUND_WORDS.stream().limit(count).collect(Collectors.joining(" "));
    }

    @Test
    void personWithThirtyFourShortWordsIsScreenedWithoutExceedingTheClauseLimit() {
        var person = new ScreenedPerson(Names.personWords(manyShortWords(34)), LocalDate.parse("1980-07-02"), "SY",
                "X1234567");

        assertThat(PERSONS.screen(person)).isEmpty();
    }

    @Test
    void listedNameHiddenAmongManyShortWordsIsStillFoundByItsLongestWords() {
        var person = new ScreenedPerson(Names.personWords("Muhammad Yusuf Al-Rashid " + manyShortWords(30)),
                LocalDate.parse("1980-07-02"), "SY", null);

        assertThat(ScreeningIndex.blockingWords(person.words())).contains("MUHAMMAD", "YUSUF", "RASHID");
    }

    @Test
    void partyWithManyShortWordsIsScreenedWithoutExceedingTheClauseLimit() {
        assertThat(PARTIES.screen(manyShortWords(34), "HK")).isEmpty();
    }

    @Test
    void theLargestQueryStaysUnderLucenesClauseLimitByConstruction() {
        assertThat(ScreeningIndex.MAX_QUERY_CLAUSES).isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount());
    }
}
