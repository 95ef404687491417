package org.portcullis.rules.engine;

import org.portcullis.rules.screening.Names;

/** The key that names one trader across filings: the words of its name (legal forms aside, sorted) and its country. */
public final class PartyKeys {

    private PartyKeys() {
    }

    public static String of(String name, String country) {
        return Names.key(Names.partyWords(name)) + "|" + (country == null ? "" : country);
    }
}
