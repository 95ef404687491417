package org.portcullis.rules.screening;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two names are, from 0 to 1, tolerating word order, missing parts (a middle name, a second family
 * name), transliteration and typos. Each word of the shorter name is paired with its most alike unused word of the
 * longer one; the score is the mean of those pairs. Two words are alike by the mean of their Jaro-Winkler similarity
 * and their edit similarity (1 less the Damerau-Levenshtein distance over the longer length): Jaro-Winkler alone
 * rewards a shared beginning so much that another family name beginning alike (Petrov, Petrenko) passed for a typo;
 * the edit similarity keeps one typo close and a different ending apart. When their Double Metaphone keys agree
 * (Mohammed, Muhammad, Mohamed) they score halfway between that similarity and 1, so that sounding alike helps
 * spellings that look apart without making short, different words equal. A name
 * of one word against a longer one scores lower, as one word says little. Words the listed name has and the
 * candidate lacks cost nothing (a list gives a middle name the manifest leaves out); each word the candidate has
 * beyond the listed name's counts as a word matched at 0 with weight {@value #EXTRA_WORD_WEIGHT}, so that a name
 * with words appended never scores 1 and several appended words fall below the thresholds.
 */
public final class NameSimilarity {

    private static final double INITIAL = 0.85;
    private static final double SINGLE_WORD_FACTOR = 0.85;
    static final double EXTRA_WORD_WEIGHT = 0.15;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    /** How alike a candidate's name (from a filing) is to a listed name, from 0 to 1. */
    public static double score(List<String> candidate, List<String> listed) {
        List<String> shorter = candidate.size() <= listed.size() ? candidate : listed;
        List<String> longer = shorter == candidate ? listed : candidate;
        if (shorter.isEmpty()) {
            return 0;
        }
        boolean[] used = new boolean[longer.size()];
        double total = 0;
        for (String word : shorter) {
            double best = 0;
            int bestIndex = -1;
            for (int i = 0; i < longer.size(); i++) {
                if (!used[i]) {
                    double similarity = words(word, longer.get(i));
                    if (similarity > best) {
                        best = similarity;
                        bestIndex = i;
                    }
                }
            }
            if (bestIndex >= 0) {
                used[bestIndex] = true;
            }
            total += best;
        }
        int extraWords = Math.max(0, candidate.size() - listed.size());
        double score = total / (shorter.size() + EXTRA_WORD_WEIGHT * extraWords);
        return shorter.size() == 1 && longer.size() > 1 ? score * SINGLE_WORD_FACTOR : score;
    }

    static double words(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) ? INITIAL : 0;
        }
        double similarity = (JARO_WINKLER.apply(a, b) + editSimilarity(a, b)) / 2;
        return Phonetics.soundAlike(a, b) ? (similarity + 1) / 2 : similarity;
    }

    /** 1 less the optimal string alignment (Damerau-Levenshtein) distance over the length of the longer word. */
    static double editSimilarity(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return 1 - d[a.length()][b.length()] / (double) Math.max(a.length(), b.length());
    }

    /**
     * Double Metaphone keys, longer than the default four letters so that long names keep their shape. Keys of
     * words met before are remembered (names repeat: a manifest screened against a large list meets the same
     * words again and again); the memory is emptied when it grows past {@value #MAX_REMEMBERED} words.
     */
    static final class Phonetics {

        private static final int MAX_REMEMBERED = 500_000;
        private static final DoubleMetaphone ENCODER = new DoubleMetaphone();
        private static final Map<String, String[]> KEYS = new ConcurrentHashMap<>();

        static {
            ENCODER.setMaxCodeLen(6);
        }

        private Phonetics() {
        }

        static String primary(String word) {
            return keys(word)[0];
        }

        static String alternate(String word) {
            return keys(word)[1];
        }

        private static String[] keys(String word) {
            String[] keys = KEYS.get(word);
            if (keys == null) {
                if (KEYS.size() > MAX_REMEMBERED) {
                    KEYS.clear();
                }
                keys = new String[] {ENCODER.doubleMetaphone(word, false), ENCODER.doubleMetaphone(word, true)};
                KEYS.put(word, keys);
            }
            return keys;
        }

        static boolean soundAlike(String a, String b) {
            String[] keysA = keys(a);
            String[] keysB = keys(b);
            return !keysA[0].isEmpty() && (keysA[0].equals(keysB[0]) || keysA[0].equals(keysB[1])
                    || keysA[1].equals(keysB[0]) || keysA[1].equals(keysB[1]));
        }
    }
}
