package org.portcullis.rules.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The edit similarity on three rows gives what the whole distance table gives. */
class EditSimilarityTest {

    @Test
    void oneTypoOrOneSwapOfNeighboursCostsOneEdit() {
        assertThat(NameSimilarity.editSimilarity("NASSER", "NASSAR")).isEqualTo(1 - 1 / 6.0);
        assertThat(NameSimilarity.editSimilarity("NASSER", "NASESR")).isEqualTo(1 - 1 / 6.0);
        assertThat(NameSimilarity.editSimilarity("PETROV", "PETRENKO")).isEqualTo(1 - 4 / 8.0);
    }

    @Test
    void agreesWithTheFullTableOnRandomWords() {
        Random random = new Random(20261206L);
        for (int n = 0; n < 20_000; n++) {
            String a = word(random);
            String b = random.nextBoolean() ? mutate(a, random) : word(random);

            assertThat(NameSimilarity.editSimilarity(a, b)).as("%s %s", a, b).isEqualTo(fullTable(a, b));
        }
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0, length = 2 + random.nextInt(10); i < length; i++) {
            word.append((char) ('A' + random.nextInt(6)));
        }
        return word.toString();
    }

    private static String mutate(String word, Random random) {
        char[] chars = word.toCharArray();
        int i = random.nextInt(chars.length - 1);
        char swap = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = swap;
        return new String(chars) + (random.nextBoolean() ? "A" : "");
    }

    /** The optimal string alignment distance over the whole table, as the screening computed it before. */
    private static double fullTable(String a, String b) {
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
}
