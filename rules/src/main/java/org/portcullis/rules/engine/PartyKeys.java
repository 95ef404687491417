package org.portcullis.rules.engine;

import java.util.List;
import org.portcullis.rules.screening.Names;

/** The key that names one trader across filings: the words of its name (legal forms aside, sorted) and its country. */
public final class PartyKeys {

    private PartyKeys() {
    }

    public static String of(String name, String country) {
        return of(Names.partyWords(name), country);
    }

    /** The key of a name whose words ({@link Names#partyWords}) were reduced already. */
    public static String of(List<String> partyWords, String country) {
        return Names.key(partyWords) + "|" + (country == null ? "" : country);
    }
}
