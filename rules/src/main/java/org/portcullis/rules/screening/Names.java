package org.portcullis.rules.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Names reduced to comparable words: folded to ASCII (Lucene's folding: accents, ligatures, "ß", "ø", "ł"),
 * upper case, split at anything that is not a letter or digit, runs of initials joined ("L.L.C." gives "LLC").
 * Party names also lose legal-form words (LTD, GMBH, LLC ...), so that "Acme Trading Co., Ltd." and "ACME trading"
 * give the same words.
 */
public final class Names {

    private static final Set<String> LEGAL_FORMS = Set.of("LTD", "LIMITED", "LLC", "INC", "CO", "CORP",
            "CORPORATION", "COMPANY", "GMBH", "AG", "SA", "SAS", "SARL", "SRL", "SPA", "BV", "NV", "PLC", "PTE", "PTY",
            "LLP", "OOO", "JSC", "FZE", "FZCO", "THE", "DOO");

    private Names() {
    }

    /** The words of a person's name, in the order written. */
    public static List<String> personWords(String... parts) {
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            words.addAll(words(part));
        }
        return words;
    }

    /** The words of a party's name without legal forms, in the order written. */
    public static List<String> partyWords(String name) {
        List<String> words = words(name).stream().filter(word -> !LEGAL_FORMS.contains(word))
                .collect(Collectors.toCollection(ArrayList::new));
        return words.isEmpty() ? words(name) : words;
    }

    /** The words sorted and joined: the same for the same words in any order. */
    public static String key(List<String> words) {
        return words.stream().sorted().collect(Collectors.joining(" "));
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        char[] input = decomposed.toCharArray();
        char[] folded = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, folded, 0, input.length);
        String plain = new String(folded, 0, length).toUpperCase(Locale.ROOT);
        return joinInitials(plain.split("[^\\p{L}\\p{N}]+"));
    }

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
