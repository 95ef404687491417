package org.portcullis.rules.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.Party;
import org.portcullis.rules.screening.Names;

/**
 * The words ({@link Names#partyWords}) of a filing's consignor and consignee names, each distinct name reduced
 * once: the first-time test's party keys and the screening of the filing's assessments read the same words.
 */
final class PartyNames {

    /** No filing's names held: every name is reduced when asked. */
    static final PartyNames NONE = new PartyNames(Map.of());

    private final Map<String, List<String>> words;

    private PartyNames(Map<String, List<String>> words) {
        this.words = words;
    }

    static PartyNames of(Filing filing) {
        Map<String, List<String>> words = new HashMap<>();
        for (Consignment consignment : filing.consignments()) {
            reduce(words, consignment.consignor());
            reduce(words, consignment.consignee());
        }
        return new PartyNames(Map.copyOf(words));
    }

    private static void reduce(Map<String, List<String>> words, Party party) {
        if (party != null && party.name() != null) {
            words.computeIfAbsent(party.name(), name -> List.copyOf(Names.partyWords(name)));
        }
    }

    /** The name's words, reduced now only when the filing did not name it as consignor or consignee. */
    List<String> words(String name) {
        List<String> held = name == null ? null : words.get(name);
        return held != null ? held : Names.partyWords(name);
    }

    /** The party key ({@link PartyKeys}) of the name and country. */
    String key(String name, String country) {
        return PartyKeys.of(words(name), country);
    }
}
