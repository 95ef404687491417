package org.portcullis.rules.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Port: the crew and passenger lists of other stored filings, looked up once before an assessment so that rules can
 * tell a person seen on several vessels, a document number used under another name, or a crew member missing since
 * the last call. Implemented by the application over its stored filings; read only. Keys are those of
 * {@link PersonKeys}: document numbers in letters and digits, name words sorted.
 */
public interface PersonHistory {

    /** No history: no person was listed before. */
    PersonHistory NONE = new PersonHistory() {
        @Override
        public List<PersonSighting> sightings(Set<String> documentKeys, Set<String> nameWordsKeys, LocalDate from,
                LocalDate to, String excludedMrn) {
            return List.of();
        }

        @Override
        public List<PersonSighting> previousCrewList(String vesselImoNumber, LocalDate before, String excludedMrn) {
            return List.of();
        }
    };

    /** How far before and after this port call's arrival the other lists are looked at. */
    int WINDOW_DAYS = 90;

    /**
     * Every listing, on a filing other than {@code excludedMrn} whose port call arrives from {@code from} to
     * {@code to}, of a person with one of the document keys or one of the name keys.
     */
    List<PersonSighting> sightings(Set<String> documentKeys, Set<String> nameWordsKeys, LocalDate from, LocalDate to,
            String excludedMrn);

    /**
     * The crew list of the vessel's latest port call arriving before {@code before} (on a filing other than
     * {@code excludedMrn}), or empty when none is stored.
     */
    List<PersonSighting> previousCrewList(String vesselImoNumber, LocalDate before, String excludedMrn);
}
