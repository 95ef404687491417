package org.portcullis.rules.history;

import java.util.LinkedHashSet;
import java.util.Set;
import org.portcullis.rules.screening.DocumentNumbers;
import org.portcullis.rules.screening.Names;

/** How persons are recognised across lists: document numbers and name words reduced to comparable keys. */
public final class PersonKeys {

    private PersonKeys() {
    }

    /** The document number in letters and digits only, upper case; null when it has none. */
    public static String document(String number) {
        return DocumentNumbers.normalise(number);
    }

    /** The words of given and family names, sorted: the same whatever the order they were written in. */
    public static String nameWords(String givenNames, String familyName) {
        return Names.key(Names.personWords(givenNames, familyName));
    }

    /** The words of a family name, for telling whether two persons share one. */
    public static Set<String> familyWords(String familyName) {
        return new LinkedHashSet<>(Names.personWords(familyName));
    }
}
