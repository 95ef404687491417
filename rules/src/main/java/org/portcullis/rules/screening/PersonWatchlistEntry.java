package org.portcullis.rules.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One listed person: the list and the entry's id on it, the names it is listed under (the name as listed first,
 * then aliases and transliterations), the dates of birth (yyyy-MM-dd, or the year alone when only that is known),
 * nationalities (ISO 3166 alpha-2), travel document numbers, and why the person is listed.
 */
public record PersonWatchlistEntry(String listName, String entryId, List<String> names, List<String> datesOfBirth,
        List<String> nationalities, List<String> documentNumbers, String reason) {

    public PersonWatchlistEntry {
        Objects.requireNonNull(entryId, "entryId");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a listed person has at least one name");
        }
        datesOfBirth = List.copyOf(datesOfBirth);
        nationalities = List.copyOf(nationalities);
        documentNumbers = List.copyOf(documentNumbers);
    }

    /** One listed person with one name, at most one date of birth, nationality and document number. */
    public PersonWatchlistEntry(String listName, String entryId, String name, String dateOfBirth, String nationality,
            String documentNumber, String reason) {
        this(listName, entryId, List.of(name), listOf(dateOfBirth), listOf(nationality), listOf(documentNumber),
                reason);
    }

    /** The name as listed. */
    public String name() {
        return names.get(0);
    }

    static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }

    /** The values without nulls, blanks and repeats, in their order. */
    public static List<String> distinct(List<String> values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank() && !kept.contains(value.strip())) {
                kept.add(value.strip());
            }
        }
        return kept;
    }
}
