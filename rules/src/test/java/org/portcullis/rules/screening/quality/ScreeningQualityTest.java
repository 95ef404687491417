package org.portcullis.rules.screening.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The screening quality floor on the checked-in labelled set (docs/performance.md gives the figures): recall at
 * least 0.95 at precision at least 0.9. The set is what the seeded generator gives; to write it again after changing
 * the generator, run this test with {@code -Dscreening.pairs.write=true}.
 */
class ScreeningQualityTest {

    @Test
    void theCheckedInSetIsTheOneTheSeededGeneratorGives() throws IOException {
        String generated = LabelledPairs.csv(LabelledPairs.generate());
        if (Boolean.getBoolean("screening.pairs.write")) {
            Files.writeString(LabelledPairs.FILE, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(LabelledPairs.FILE, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    @Test
    void recallIsAtLeastNinetyFivePercentAtPrecisionOfAtLeastNinetyPercent() {
        ScreeningQuality quality = ScreeningQuality.of(LabelledPairs.read());

        assertThat(quality.pairs()).isGreaterThanOrEqualTo(400);
        assertThat(quality.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(quality.precision()).isGreaterThanOrEqualTo(0.90);
    }
}
