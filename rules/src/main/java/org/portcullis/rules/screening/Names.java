package org.portcullis.rules.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Names reduced to comparable words: folded to ASCII (Lucene's folding: accents, ligatures, "ß", "ø", "ł"; names in
 * another script, Cyrillic, Greek, Arabic ..., transliterated to Latin first with ICU's CLDR transforms), upper case,
 * split at anything that is not a letter or digit, runs of initials joined ("L.L.C." gives "LLC").
 * Party names also lose legal-form words (LTD, GMBH, LLC ...), so that "Acme Trading Co., Ltd." and "ACME trading"
 * give the same words.
 */
public final class Names {

    private static final Set<String> LEGAL_FORMS = Set.of("LTD", "LIMITED", "LLC", "INC", "CO", "CORP",
            "CORPORATION", "COMPANY", "GMBH", "AG", "SA", "SAS", "SARL", "SRL", "SPA", "BV", "NV", "PLC", "PTE", "PTY",
            "LLP", "OOO", "JSC", "FZE", "FZCO", "THE", "DOO");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");
    /** Any script to Latin, then to plain Latin letters; one per thread, as transliterators keep state. */
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

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
        List<String> all = words(name);
        List<String> words = new ArrayList<>(all.size());
        for (String word : all) {
            if (!LEGAL_FORMS.contains(word)) {
                words.add(word);
            }
        }
        return words.isEmpty() ? all : words;
    }

    /** The words sorted and joined: the same for the same words in any order (a few words: a plain array sort). */
    public static String key(List<String> words) {
        if (words.size() < 2) {
            return words.isEmpty() ? "" : words.get(0);
        }
        String[] sorted = words.toArray(new String[0]);
        Arrays.sort(sorted);
        return String.join(" ", sorted);
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = isAscii(text) ? text : foldToAscii(text);
        return joinInitials(split(plain.toUpperCase(Locale.ROOT)));
    }

    /**
     * Accents and other marks removed, then Lucene's folding of what remains. Most names are plain ASCII already
     * and skip this: the folding table is one method of 14 KB of bytecode, more than HotSpot compiles (8,000
     * bytes), so it always runs interpreted.
     */
    private static String foldToAscii(String text) {
        String decomposed = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        if (isAscii(decomposed)) {
            return decomposed;
        }
        if (!isLatin(decomposed)) {
            decomposed = COMBINING_MARKS.matcher(Normalizer.normalize(TO_LATIN.get().transliterate(decomposed),
                    Normalizer.Form.NFKD)).replaceAll("");
            if (isAscii(decomposed)) {
                return decomposed;
            }
        }
        char[] input = decomposed.toCharArray();
        char[] folded = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, folded, 0, input.length);
        return new String(folded, 0, length);
    }

    /** The runs of letters and digits (Unicode categories L and N), as a split at {@code [^\\p{L}\\p{N}]+} gives. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean inWord = isLetterOrNumber(codePoint);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static boolean isLetterOrNumber(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= 'a' && codePoint <= 'z')
                    || (codePoint >= '0' && codePoint <= '9');
        }
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** True when every letter is of the Latin script (other characters do not count). */
    private static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetter(codePoint)
                    && Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.LATIN) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static List<String> joinInitials(List<String> words) {
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
