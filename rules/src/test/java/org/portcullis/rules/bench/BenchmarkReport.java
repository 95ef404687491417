package org.portcullis.rules.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the benchmarks put their figures: the log and target/benchmark/rules.txt. */
final class BenchmarkReport {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkReport.class);
    private static final Path FILE = Path.of("target", "benchmark", "rules.txt");

    private BenchmarkReport() {
    }

    static void line(String format, Object... args) {
        String text = String.format(java.util.Locale.ROOT, format, args);
        log.info(text);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
