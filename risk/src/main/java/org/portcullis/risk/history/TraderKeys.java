package org.portcullis.risk.history;

import java.text.Normalizer;
import java.util.Locale;
import org.portcullis.model.filing.Party;

/**
 * The key a trader is known by across filings: its identifier (EORI or TIN) when it has one, otherwise its name
 * (case, accents and punctuation aside) with its country.
 */
public final class TraderKeys {

    private TraderKeys() {
    }

    /** The trader's key, or null when there is no party. */
    public static String of(Party party) {
        if (party == null) {
            return null;
        }
        if (party.identifier() != null && !party.identifier().isBlank()) {
            return "ID:" + party.identifier().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        }
        String name = Normalizer.normalize(party.name(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9]+", " ")
                .trim();
        return "NAME:" + name + "|" + (party.country() == null ? "" : party.country().value());
    }
}
