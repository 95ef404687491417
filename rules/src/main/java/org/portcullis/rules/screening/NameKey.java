package org.portcullis.rules.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A party name reduced to what identifies it: accents, case, punctuation and legal-form words (LTD, GMBH, LLC ...)
 * removed, words sorted, so that "Acme Trading Co., Ltd." and "ACME trading" give the same key.
 */
final class NameKey {

    private static final Set<String> LEGAL_FORMS = Set.of("LTD", "LIMITED", "LLC", "INC", "CO", "CORP",
            "CORPORATION", "COMPANY", "GMBH", "AG", "SA", "SAS", "SARL", "SRL", "SPA", "BV", "NV", "PLC", "PTE", "PTY",
            "LLP", "OOO", "JSC", "FZE", "FZCO", "THE");

    private NameKey() {
    }

    static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return joinInitials(plain.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
                .filter(word -> !LEGAL_FORMS.contains(word))
                .sorted()
                .collect(Collectors.joining(" "));
    }

    /** Runs of single letters are one abbreviation: "L.L.C." gives "LLC", "S. A." gives "SA". */
    private static List<String> joinInitials(String[] words) {
        List<String> joined = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (word.length() == 1) {
                initials.append(word);
                continue;
            }
            if (!initials.isEmpty()) {
                joined.add(initials.toString());
                initials.setLength(0);
            }
            if (!word.isEmpty()) {
                joined.add(word);
            }
        }
        if (!initials.isEmpty()) {
            joined.add(initials.toString());
        }
        return joined;
    }
}
