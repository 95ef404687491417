package org.portcullis.risk.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each bootstrap sample of the bag holds every lane's findings and non-findings in their number, not the same rows. */
class StratifiedBootstrapTest {

    @Test
    void everyStratumIsDrawnInItsNumberWithReplacement() {
        List<String> strata = new ArrayList<>();
        strata.addAll(Collections.nCopies(6, "GREEN/true"));
        strata.addAll(Collections.nCopies(200, "GREEN/false"));
        strata.addAll(Collections.nCopies(40, "RED/true"));
        strata.addAll(Collections.nCopies(500, "RED/false"));

        for (long seed = 0; seed < 20; seed++) {
            int[] counts = StratifiedBootstrap.counts(strata, new Random(seed));

            assertThat(sum(counts, 0, 6)).isEqualTo(6);
            assertThat(sum(counts, 6, 206)).isEqualTo(200);
            assertThat(sum(counts, 206, 246)).isEqualTo(40);
            assertThat(sum(counts, 246, 746)).isEqualTo(500);
        }
        int[] first = StratifiedBootstrap.counts(strata, new Random(7));
        assertThat(first).contains(0);
        assertThat(java.util.Arrays.stream(first).max().orElseThrow()).isGreaterThan(1);
        assertThat(StratifiedBootstrap.counts(strata, new Random(7))).containsExactly(first);
        assertThat(StratifiedBootstrap.counts(strata, new Random(8))).isNotEqualTo(first);
    }

    private static int sum(int[] counts, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += counts[i];
        }
        return sum;
    }
}
