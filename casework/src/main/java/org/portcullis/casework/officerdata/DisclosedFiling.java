package org.portcullis.casework.officerdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.sharing.agency.Agency;
import org.portcullis.sharing.disclosure.Disclosure;

/**
 * The current filing of a case as one officer may see it: the published document with every field the officer's
 * agreements do not give taken out, the disclosure that did it, and the officer's agencies whose agreement shows
 * persons of this filing (for the access log).
 */
public record DisclosedFiling(CaseSummary summary, Disclosure disclosure, ObjectNode document,
        List<Agency> showingPersons) {

    /** Crew then passengers, in filing order (the order of {@code filing_person.position}); none when not given. */
    public List<Person> persons() {
        List<Person> persons = new ArrayList<>();
        addAll(persons, "crew", "CREW");
        addAll(persons, "passengers", "PASSENGER");
        return persons;
    }

    /** Whether the officer's agreements show persons of this filing at all (names of crew or passengers). */
    public boolean showsPersons() {
        return !showingPersons.isEmpty();
    }

    private void addAll(List<Person> persons, String list, String role) {
        JsonNode entries = document.path(list);
        for (JsonNode entry : entries) {
            persons.add(new Person(persons.size(), role, entry));
        }
    }

    /** One person of the lists: its position over crew then passengers, role, and the fields shown. */
    public record Person(int position, String role, JsonNode fields) {
    }
}
