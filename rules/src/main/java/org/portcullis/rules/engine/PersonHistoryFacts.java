package org.portcullis.rules.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.rules.fact.FilingFact;
import org.portcullis.rules.fact.PersonFact;
import org.portcullis.rules.fact.PersonSightingFact;
import org.portcullis.rules.fact.PreviousCrewMember;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.history.PersonSighting;
import org.portcullis.rules.screening.Names;
import org.portcullis.rules.screening.NameSimilarity;
import org.portcullis.rules.screening.PersonWatchlist;

/**
 * Looks up the history of the filing's persons once, before the session (rules do no I/O), and turns it into facts:
 * a {@link PersonSightingFact} for each listing of one of them on another filing within
 * {@value PersonHistory#WINDOW_DAYS} days of this arrival, and a {@link PreviousCrewMember} for each crew member of
 * the vessel's last port call.
 */
final class PersonHistoryFacts {

    private final PersonHistory history;

    PersonHistoryFacts(PersonHistory history) {
        this.history = history;
    }

    List<Object> of(List<Object> filingFacts, String mrn) {
        FilingFact filing = null;
        List<PersonFact> persons = new ArrayList<>();
        for (Object fact : filingFacts) {
            if (fact instanceof FilingFact f) {
                filing = f;
            } else if (fact instanceof PersonFact p) {
                persons.add(p);
            }
        }
        List<Object> facts = new ArrayList<>();
        if (filing == null || persons.isEmpty() || history == PersonHistory.NONE) {
            return facts;
        }
        LocalDate arrival = persons.get(0).getArrivalDate();
        sightings(persons, filing, arrival, mrn, facts);
        if (persons.stream().anyMatch(p -> p.getRole() == PersonRole.CREW)) {
            history.previousCrewList(filing.getVesselImoNumber(), arrival, mrn)
                    .forEach(listed -> facts.add(new PreviousCrewMember(listed)));
        }
        return facts;
    }

    private void sightings(List<PersonFact> persons, FilingFact filing, LocalDate arrival, String mrn,
            List<Object> facts) {
        Map<String, List<PersonFact>> byDocument = new HashMap<>();
        Map<String, List<PersonFact>> byName = new HashMap<>();
        for (PersonFact person : persons) {
            if (person.getDocumentKey() != null) {
                byDocument.computeIfAbsent(person.getDocumentKey(), k -> new ArrayList<>()).add(person);
            }
            if (person.getDateOfBirth() != null && !person.getNameWordsKey().isEmpty()) {
                byName.computeIfAbsent(person.getNameWordsKey(), k -> new ArrayList<>()).add(person);
            }
        }
        List<PersonSighting> found = history.sightings(byDocument.keySet(), byName.keySet(),
                arrival.minusDays(PersonHistory.WINDOW_DAYS), arrival.plusDays(PersonHistory.WINDOW_DAYS), mrn);
        for (PersonSighting sighting : found) {
            Set<PersonFact> candidates = new LinkedHashSet<>();
            candidates.addAll(byDocument.getOrDefault(sighting.documentKey(), List.of()));
            candidates.addAll(byName.getOrDefault(sighting.nameWordsKey(), List.of()));
            for (PersonFact person : candidates) {
                facts.add(fact(person, sighting, filing));
            }
        }
    }

    /**
     * The same person: the same document under a similar name (transliterations differ between lists), or the same
     * name with the same date of birth. Another name under the same document number is a fact of its own.
     */
    private static PersonSightingFact fact(PersonFact person, PersonSighting sighting, FilingFact filing) {
        boolean sameDocument = person.getDocumentKey() != null && person.getDocumentKey().equals(sighting.documentKey());
        boolean similarName = NameSimilarity.score(Names.personWords(person.getGivenNames(), person.getFamilyName()),
                Names.personWords(sighting.givenNames(), sighting.familyName())) >= PersonWatchlist.NAME_THRESHOLD;
        boolean sameNameAndBirth = person.getNameWordsKey().equals(sighting.nameWordsKey())
                && person.getDateOfBirth() != null && person.getDateOfBirth().equals(sighting.dateOfBirth());
        return new PersonSightingFact(person, sighting, sameDocument && similarName || sameNameAndBirth,
                sameDocument && !similarName, filing.getVesselImoNumber().equals(sighting.vesselImoNumber()));
    }
}
