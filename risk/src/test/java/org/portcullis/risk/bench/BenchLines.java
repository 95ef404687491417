package org.portcullis.risk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.slf4j.Logger;

/** A benchmark's figures: each line to the log and appended to its file under target/benchmark. */
final class BenchLines {

    private final Logger log;
    private final Path file;

    BenchLines(Logger log, String fileName) {
        this.log = log;
        this.file = Path.of("target", "benchmark", fileName);
    }

    void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        log.info(text);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
