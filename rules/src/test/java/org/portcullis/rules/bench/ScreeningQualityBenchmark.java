package org.portcullis.rules.bench;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.rules.screening.quality.LabelledPairs;
import org.portcullis.rules.screening.quality.ScreeningQuality;

/**
 * Prints the screening quality figures of the labelled set (recall, precision, per kind of variation). Run with
 * {@code mvn -B -pl rules -am -Pbench verify -Dtest=ScreeningQualityBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * the floor is asserted by ScreeningQualityTest in every build.
 */
class ScreeningQualityBenchmark {

    @Test
    void printScreeningQualityOfTheLabelledSet() {
        ScreeningQuality quality = ScreeningQuality.of(LabelledPairs.read());
        BenchmarkReport.line("Screening quality: %d labelled pairs (%d same person): recall %.3f (%d of %d), precision"
                + " %.3f (%d of %d matches right), confirmed matches %d of which right %d (precision %.3f)",
                quality.pairs(), quality.samePerson(), quality.recall(), quality.found(), quality.samePerson(),
                quality.precision(), quality.right(), quality.reported(), quality.confirmedReported(),
                quality.confirmedRight(), quality.confirmedPrecision());
        for (Map.Entry<String, int[]> kind : quality.byKind().entrySet()) {
            int[] counts = kind.getValue();
            BenchmarkReport.line("Screening quality: %-24s %3d pairs, matched to their entry: same person %d,"
                    + " different person %d", kind.getKey(), counts[0], counts[1], counts[2]);
        }
        quality.missed().forEach(miss -> BenchmarkReport.line("Screening quality: missed %s", miss));
        quality.wrong().forEach(wrong -> BenchmarkReport.line("Screening quality: wrong match %s", wrong));
    }
}
