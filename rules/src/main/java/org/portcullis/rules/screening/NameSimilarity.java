package org.portcullis.rules.screening;

import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two names are, from 0 to 1, tolerating word order, missing parts (a middle name, a second family
 * name), transliteration and typos. Each word of the shorter name is paired with its most alike unused word of the
 * longer one; the score is the mean of those pairs. Two words are alike by Jaro-Winkler similarity (typos), or at
 * least {@value #SAME_SOUND} when their Double Metaphone keys agree (Mohammed, Muhammad, Mohamed). A name of one
 * word against a longer one scores lower, as one word says little.
 */
public final class NameSimilarity {

    static final double SAME_SOUND = 0.93;
    private static final double INITIAL = 0.85;
    private static final double SINGLE_WORD_FACTOR = 0.85;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    public static double score(List<String> first, List<String> second) {
        List<String> shorter = first.size() <= second.size() ? first : second;
        List<String> longer = shorter == first ? second : first;
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
        double score = total / shorter.size();
        return shorter.size() == 1 && longer.size() > 1 ? score * SINGLE_WORD_FACTOR : score;
    }

    static double words(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) ? INITIAL : 0;
        }
        double similarity = JARO_WINKLER.apply(a, b);
        if (similarity < SAME_SOUND && Phonetics.soundAlike(a, b)) {
            return SAME_SOUND;
        }
        return similarity;
    }

    /** Double Metaphone keys, longer than the default four letters so that long names keep their shape. */
    static final class Phonetics {

        private static final DoubleMetaphone ENCODER = new DoubleMetaphone();

        static {
            ENCODER.setMaxCodeLen(6);
        }

        private Phonetics() {
        }

        static String primary(String word) {
            return ENCODER.doubleMetaphone(word, false);
        }

        static String alternate(String word) {
            return ENCODER.doubleMetaphone(word, true);
        }

        static boolean soundAlike(String a, String b) {
            String primaryA = primary(a);
            String alternateA = alternate(a);
            String primaryB = primary(b);
            String alternateB = alternate(b);
            return !primaryA.isEmpty() && (primaryA.equals(primaryB) || primaryA.equals(alternateB)
                    || alternateA.equals(primaryB) || alternateA.equals(alternateB));
        }
    }
}
