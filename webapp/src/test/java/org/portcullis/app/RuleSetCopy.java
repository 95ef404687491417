package org.portcullis.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the repository's rule set under target/, for tests that change rule files. */
public final class RuleSetCopy {

    private RuleSetCopy() {
    }

    /** A fresh copy of the rule set with random selection switched off. */
    public static Path of(Path ruleSet) {
        Path copy = emptyDirectory("it-rules-");
        copyInto(ruleSet, copy);
        try {
            Files.writeString(copy.resolve("reference/selection.properties"), "random-selection-rate=0\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    public static Path emptyDirectory(String prefix) {
        try {
            return Files.createTempDirectory(Path.of("target"), prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every file of the source tree into the target directory, replacing what is there. */
    public static void copyInto(Path source, Path target) {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
