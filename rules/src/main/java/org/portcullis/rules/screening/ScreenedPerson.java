package org.portcullis.rules.screening;

import java.time.LocalDate;
import java.util.List;

/** A person of a filing as screening sees them. */
public record ScreenedPerson(List<String> words, LocalDate dateOfBirth, String nationality, String documentNumber) {

    public ScreenedPerson {
        words = List.copyOf(words);
        documentNumber = DocumentNumbers.normalise(documentNumber);
    }
}
