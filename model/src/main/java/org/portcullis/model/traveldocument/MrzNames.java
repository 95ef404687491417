package org.portcullis.model.traveldocument;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names as an MRZ writes them (ICAO Doc 9303 Part 3, section 6): upper case A to Z, the multinational Latin letters
 * transliterated (the recommended Ä AE, Å AA, Æ AE, Ö OE, Ø OE, Ü UE, ß SS, Þ TH, Ĳ IJ, Œ OE; others lose their
 * marks), apostrophes and other punctuation left out, spaces and hyphens as fillers.
 */
public final class MrzNames {

    private static final Map<Character, String> RECOMMENDED = Map.ofEntries(Map.entry('Ä', "AE"),
            Map.entry('Å', "AA"), Map.entry('Æ', "AE"), Map.entry('Ö', "OE"), Map.entry('Ø', "OE"),
            Map.entry('Ü', "UE"), Map.entry('ß', "SS"), Map.entry('Þ', "TH"), Map.entry('Ĳ', "IJ"),
            Map.entry('Œ', "OE"));
    private static final Map<Character, String> PLAIN = Map.of('Æ', "AE", 'Ø', "O", 'ß', "SS", 'Þ', "TH",
            'Ĳ', "IJ", 'Œ', "OE");
    private static final Map<Character, Character> UNMARKED = Map.of('Ł', 'L', 'Đ', 'D', 'Ð', 'D', 'Ħ', 'H',
            'Ŧ', 'T');

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");

    private MrzNames() {
    }

    /** The name as the MRZ writes it with the recommended transliteration ("Müller-Lüdenscheidt" MUELLER<LUEDENSCHEIDT). */
    public static String of(String name) {
        return transliterate(name, RECOMMENDED);
    }

    /** The name with the marks only removed ("Müller" MULLER), the other spelling Doc 9303 allows. */
    public static String unmarked(String name) {
        return transliterate(name, PLAIN);
    }

    private static String transliterate(String name, Map<Character, String> table) {
        if (name == null) {
            return "";
        }
        String upper = name.toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (c == ' ' || c == '-' || c == '<') {
                filler(out);
            } else if (c >= 0x80) {
                String replaced = table.get(c);
                Character unmarked = UNMARKED.get(c);
                String letters = replaced != null ? replaced : unmarked != null ? String.valueOf(unmarked)
                        : COMBINING_MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD))
                                .replaceAll("");
                for (char l : letters.toCharArray()) {
                    if (l >= 'A' && l <= 'Z' || l >= '0' && l <= '9') {
                        out.append(l);
                    }
                }
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '<') {
            end--;
        }
        return out.substring(0, end);
    }

    /** One filler between words, none at the start. */
    private static void filler(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '<') {
            out.append('<');
        }
    }
}
