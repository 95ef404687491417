package org.portcullis.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.rules.fact.PartyFact;
import org.portcullis.rules.fact.PartyRole;
import org.portcullis.rules.fact.PartyWatchlistMatch;
import org.portcullis.rules.fact.PersonFact;
import org.portcullis.rules.fact.PersonWatchlistMatch;
import org.portcullis.rules.screening.Names;
import org.portcullis.rules.screening.PartyWatchlist;
import org.portcullis.rules.screening.PersonWatchlist;
import org.portcullis.rules.screening.RedressRegister;
import org.portcullis.rules.screening.ScreenedPerson;

/**
 * Screens the parties and persons of a filing against the rule set's watchlists and turns the hits into facts the
 * rules decide on. A hit an officer has marked as a false positive for the same subject and entry is left out.
 */
final class Screening {

    private static final int PARALLEL_FROM = 500;

    private final RedressRegister redress;

    Screening(RedressRegister redress) {
        this.redress = redress;
    }

    /** Subject key of a person: the words of the name (sorted) and the date of birth. */
    static String personKey(PersonFact person) {
        return Names.key(Names.personWords(person.getGivenNames(), person.getFamilyName())) + "|"
                + (person.getDateOfBirth() == null ? "" : person.getDateOfBirth().toString());
    }

    /**
     * The match facts for the screened facts, in their order. A large crew and passenger list (a cruise ship's
     * thousands) is screened on all cores.
     */
    List<Object> screen(List<Object> facts, ReferenceData referenceData) {
        var stream = facts.size() > PARALLEL_FROM ? facts.parallelStream() : facts.stream();
        return stream.map(fact -> screen(fact, referenceData)).flatMap(List::stream).toList();
    }

    private List<Object> screen(Object fact, ReferenceData referenceData) {
        PartyWatchlist parties = referenceData.partyWatchlist();
        PersonWatchlist persons = referenceData.personWatchlist();
        List<Object> matches = new ArrayList<>();
        if (fact instanceof PartyFact party && party.getRole() != PartyRole.NOTIFY_PARTY && parties.size() > 0) {
            String key = PartyKeys.of(party.getName(), party.getCountry());
            parties.screen(party.getName(), party.getCountry()).stream()
                    .filter(hit -> !redress.isCleared(hit.entry().listName(), hit.entry().entryId(), key))
                    .forEach(hit -> matches.add(new PartyWatchlistMatch(party, hit.entry().listName(),
                            hit.entry().entryId(), hit.entry().name(), hit.strength(), hit.score(),
                            hit.explanation())));
        } else if (fact instanceof PersonFact person && persons.size() > 0) {
            String key = personKey(person);
            ScreenedPerson screened = new ScreenedPerson(Names.personWords(person.getGivenNames(),
                    person.getFamilyName()), person.getDateOfBirth(), person.getNationality(),
                    person.getDocumentNumber());
            persons.screen(screened).stream()
                    .filter(hit -> !redress.isCleared(hit.entry().listName(), hit.entry().entryId(), key))
                    .forEach(hit -> matches.add(new PersonWatchlistMatch(person, hit.entry().listName(),
                            hit.entry().entryId(), hit.entry().name(), hit.strength(), hit.score(),
                            hit.explanation())));
        }
        return matches;
    }

    /** The matches as the assessment records them. */
    static List<ScreeningMatch> recorded(List<Object> matches) {
        List<ScreeningMatch> recorded = new ArrayList<>();
        for (Object match : matches) {
            if (match instanceof PartyWatchlistMatch party) {
                recorded.add(new ScreeningMatch(party.getListName(), party.getEntryId(), party.getListedName(),
                        party.target(), PartyKeys.of(party.getPartyName(), party.getParty().getCountry()),
                        party.getStrength(), party.getScore(), party.getExplanation()));
            } else if (match instanceof PersonWatchlistMatch person) {
                recorded.add(new ScreeningMatch(person.getListName(), person.getEntryId(), person.getListedName(),
                        person.target(), personKey(person.getPerson()), person.getStrength(), person.getScore(),
                        person.getExplanation()));
            }
        }
        return recorded;
    }
}
