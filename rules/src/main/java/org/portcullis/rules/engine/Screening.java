package org.portcullis.rules.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.model.assessment.Target;
import org.portcullis.rules.fact.PartyFact;
import org.portcullis.rules.fact.PartyRole;
import org.portcullis.rules.fact.PartyWatchlistMatch;
import org.portcullis.rules.fact.PersonFact;
import org.portcullis.rules.fact.PersonWatchlistMatch;
import org.portcullis.rules.screening.Names;
import org.portcullis.rules.screening.PartyWatchlist;
import org.portcullis.rules.screening.PersonWatchlist;
import org.portcullis.rules.screening.Redress;
import org.portcullis.rules.screening.RedressRecords;
import org.portcullis.rules.screening.ScreenedPerson;
import org.portcullis.rules.screening.WatchlistHit;
import org.portcullis.rules.watchlist.WatchlistSnapshot;

/**
 * Screens the parties and persons of a filing against the rule set's watchlists and the official lists of one
 * snapshot, and turns the hits into facts the rules decide on. A hit that a redress record sets aside
 * ({@link Redress#setsAside}) is no fact for the rules: it is recorded as set aside, with who, when and why.
 */
final class Screening {

    private static final int PARALLEL_FROM = 500;

    /** The match facts for the rules, and the matches redress set aside. */
    record Result(List<Object> matches, List<ScreeningMatch> setAside) {
    }

    private final RedressRecords redress;

    Screening(RedressRecords redress) {
        this.redress = redress;
    }

    /** Subject key of a person: the words of the name (sorted) and the date of birth. */
    static String personKey(PersonFact person) {
        return personKey(person, Names.personWords(person.getGivenNames(), person.getFamilyName()));
    }

    private static String personKey(PersonFact person, List<String> words) {
        return Names.key(words) + "|" + (person.getDateOfBirth() == null ? "" : person.getDateOfBirth().toString());
    }

    /**
     * Screens the facts in their order, against both the rule set's lists and the official ones. A large crew and
     * passenger list (a cruise ship's thousands) is screened on all cores.
     */
    Result screen(List<Object> facts, PartyNames names, ReferenceData referenceData, WatchlistSnapshot official,
            LocalDate today) {
        var stream = facts.size() > PARALLEL_FROM ? facts.parallelStream() : facts.stream();
        List<Result> results = stream.map(fact -> screen(fact, names, referenceData, official, today)).toList();
        List<Object> matches = new ArrayList<>();
        List<ScreeningMatch> setAside = new ArrayList<>();
        for (Result result : results) {
            matches.addAll(result.matches());
            setAside.addAll(result.setAside());
        }
        return new Result(matches, setAside);
    }

    private Result screen(Object fact, PartyNames names, ReferenceData referenceData, WatchlistSnapshot official,
            LocalDate today) {
        Result result = new Result(new ArrayList<>(), new ArrayList<>());
        if (fact instanceof PartyFact party && party.getRole() != PartyRole.NOTIFY_PARTY) {
            // the name's words, reduced once per filing, for its key and both lists
            List<String> words = names.words(party.getName());
            String key = PartyKeys.of(words, party.getCountry());
            for (PartyWatchlist list : List.of(referenceData.partyWatchlist(), official.parties())) {
                if (list.size() > 0) {
                    list.screen(party.getName(), words, party.getCountry()).forEach(hit -> sort(hit, hit.entry().listName(),
                            hit.entry().entryId(), hit.entry().name(), party.target(), key, today, result,
                            explanation -> new PartyWatchlistMatch(party, hit.entry().listName(),
                                    hit.entry().entryId(), hit.entry().name(), hit.strength(), hit.score(),
                                    explanation, hit.listVersion())));
                }
            }
        } else if (fact instanceof PersonFact person) {
            // the name's words once for its key and both lists
            List<String> words = Names.personWords(person.getGivenNames(), person.getFamilyName());
            String key = personKey(person, words);
            ScreenedPerson screened = new ScreenedPerson(words, person.getDateOfBirth(), person.getNationality(),
                    person.getDocumentNumber());
            for (PersonWatchlist list : List.of(referenceData.personWatchlist(), official.persons())) {
                if (list.size() > 0) {
                    list.screen(screened).forEach(hit -> sort(hit, hit.entry().listName(), hit.entry().entryId(),
                            hit.entry().name(), person.target(), key, today, result,
                            explanation -> new PersonWatchlistMatch(person, hit.entry().listName(),
                                    hit.entry().entryId(), hit.entry().name(), hit.strength(), hit.score(),
                                    explanation, hit.listVersion())));
                }
            }
        }
        return result;
    }

    /** The hit as a fact for the rules, or as a match set aside when redress says so. */
    private void sort(WatchlistHit<?> hit, String listName, String entryId, String listedName, Target subject,
            String key, LocalDate today, Result result, Function<String, Object> fact) {
        Optional<Redress> record = redress.find(listName, entryId, key);
        if (record.isPresent() && record.get().setsAside(hit.strength(), today)) {
            result.setAside().add(new ScreeningMatch(listName, entryId, listedName, subject, key, hit.strength(),
                    hit.score(), hit.explanation(), hit.listVersion(), record.get().toSetAside()));
            return;
        }
        String pending = record.isPresent() && record.get().awaitsApproval()
                ? "; marked as a false positive by " + record.get().markedBy() + " on "
                        + record.get().markedAt().toString().substring(0, 10) + ", awaiting a supervisor's approval"
                : "";
        result.matches().add(fact.apply(hit.explanation() + pending));
    }

    /** The matches as the assessment records them. */
    static List<ScreeningMatch> recorded(List<Object> matches) {
        List<ScreeningMatch> recorded = new ArrayList<>();
        for (Object match : matches) {
            if (match instanceof PartyWatchlistMatch party) {
                recorded.add(new ScreeningMatch(party.getListName(), party.getEntryId(), party.getListedName(),
                        party.target(), PartyKeys.of(party.getPartyName(), party.getParty().getCountry()),
                        party.getStrength(), party.getScore(), party.getExplanation(), party.getListVersion(), null));
            } else if (match instanceof PersonWatchlistMatch person) {
                recorded.add(new ScreeningMatch(person.getListName(), person.getEntryId(), person.getListedName(),
                        person.target(), personKey(person.getPerson()), person.getStrength(), person.getScore(),
                        person.getExplanation(), person.getListVersion(), null));
            }
        }
        return recorded;
    }
}
