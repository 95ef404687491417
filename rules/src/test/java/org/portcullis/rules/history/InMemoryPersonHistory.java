package org.portcullis.rules.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The person history port over listings held in memory: what the application's implementation over its stored
 * filings must answer alike (see docs/rule-authoring.md, "Persons rules").
 */
public final class InMemoryPersonHistory implements PersonHistory {

    private final List<PersonSighting> listings = new ArrayList<>();

    public InMemoryPersonHistory add(PersonSighting... sightings) {
        listings.addAll(List.of(sightings));
        return this;
    }

    @Override
    public List<PersonSighting> sightings(Set<String> documentKeys, Set<String> nameWordsKeys, LocalDate from,
            LocalDate to, String excludedMrn) {
        return listings.stream().filter(s -> !s.mrn().equals(excludedMrn))
                .filter(s -> !s.arrivalDate().isBefore(from) && !s.arrivalDate().isAfter(to))
                .filter(s -> documentKeys.contains(s.documentKey()) || nameWordsKeys.contains(s.nameWordsKey()))
                .toList();
    }

    @Override
    public List<PersonSighting> previousCrewList(String vesselImoNumber, LocalDate before, String excludedMrn) {
        return listings.stream().filter(s -> s.vesselImoNumber().equals(vesselImoNumber))
                .filter(s -> !s.mrn().equals(excludedMrn) && s.arrivalDate().isBefore(before))
                .filter(s -> s.role() == org.portcullis.model.filing.PersonRole.CREW)
                .max(Comparator.comparing(PersonSighting::arrivalDate))
                .map(last -> listings.stream().filter(s -> s.mrn().equals(last.mrn()))
                        .filter(s -> s.role() == org.portcullis.model.filing.PersonRole.CREW).toList())
                .orElse(List.of());
    }
}
