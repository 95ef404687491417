package org.portcullis.rules.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The blocking keys' postings rank rows by the rarest keys they share, and skipping common keys changes no top. */
class PostingsTest {

    @Test
    void rowsSharingTheRarerKeysComeFirstAndTiesGoByRow() {
        Postings.Builder builder = new Postings.Builder();
        for (int row = 0; row < 100; row++) {
            BlockingKeys keys = new BlockingKeys();
            keys.solo("COMMON");
            if (row == 70 || row == 30) {
                keys.solo("RARE");
            }
            if (row == 70) {
                keys.document("X1");
            }
            builder.add(row, keys);
        }
        Postings postings = builder.build();
        BlockingKeys query = new BlockingKeys();
        query.solo("COMMON");
        query.solo("RARE");
        query.document("X1");

        assertThat(postings.top(query, 3f, 4)).containsExactly(70, 30, 0, 1);
    }

    @Test
    void theTopTenAreTheFirstTenOfTheFullRankingWhateverTheKeys() {
        Random random = new Random(20261206L);
        Postings.Builder builder = new Postings.Builder();
        for (int row = 0; row < 20_000; row++) {
            BlockingKeys keys = new BlockingKeys();
            for (int k = 0; k < 6; k++) {
                keys.solo("S" + (int) Math.abs(random.nextGaussian() * 300));
            }
            keys.document("D" + random.nextInt(5_000));
            builder.add(row, keys);
        }
        Postings postings = builder.build();
        for (int q = 0; q < 500; q++) {
            BlockingKeys query = new BlockingKeys();
            for (int k = 0; k < 1 + random.nextInt(12); k++) {
                query.solo("S" + (int) Math.abs(random.nextGaussian() * 300));
            }
            query.document("D" + random.nextInt(5_000));

            int[] all = postings.top(query, 3f, Integer.MAX_VALUE);
            assertThat(postings.top(query, 3f, 10)).containsExactly(Arrays.copyOf(all, Math.min(10, all.length)));
        }
    }

    @Test
    void rowsMustComeInAscendingOrder() {
        Postings.Builder builder = new Postings.Builder();
        BlockingKeys keys = new BlockingKeys();
        keys.solo("A");
        builder.add(5, keys);

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> builder.add(5, keys))
                .withMessageContaining("ascending");
    }
}
