package org.portcullis.casework.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Who changed the rule set directory: the operating system's owner of the file written last. A change made in the
 * directory has no signed-in author, so the owner of the file it wrote is recorded as the one who published it.
 */
final class RuleFileOwner {

    private static final int MAX_LENGTH = 64;

    private RuleFileOwner() {
    }

    /** "owner@node" for the file changed last under the root, or "unknown@node" when there is no file. */
    static String ofLatestChange(Path root, String node) {
        String owner;
        try (Stream<Path> files = Files.walk(root)) {
            owner = files.filter(Files::isRegularFile).max(Comparator.comparing(RuleFileOwner::modified))
                    .map(RuleFileOwner::owner).orElse("unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = owner + "@" + node;
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String owner(Path file) {
        try {
            return Files.getOwner(file).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "unknown";
        }
    }
}
