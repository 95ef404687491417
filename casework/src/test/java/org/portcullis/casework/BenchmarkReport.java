package org.portcullis.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.slf4j.Logger;

/** A benchmark's figures: each line logged and appended to its report under {@code target/benchmark}. */
public record BenchmarkReport(Path file, Logger log) {

    public void line(String format, Object... args) {
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
