package org.portcullis.rules.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one rule set (DRL files and reference data) by their path relative to the rule set's root, with
 * '/' as separator: {@code targeting/arms.drl}, {@code reference/watchlists/parties.csv}.
 */
public final class RuleSources {

    private static final int VERSION_LENGTH = 12;

    private final SortedMap<String, byte[]> files;

    public RuleSources(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** Every regular file under the directory, hidden files, editor backups and temporary files left out. */
    public static RuleSources fromDirectory(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (!isIgnored(relative)) {
                    files.put(relative, Files.readAllBytes(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set directory " + root, e);
        }
        return new RuleSources(files);
    }

    private static boolean isIgnored(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".bak")
                || name.endsWith(".tmp");
    }

    public SortedMap<String, byte[]> files() {
        return files;
    }

    public Map<String, byte[]> withSuffix(String suffix) {
        Map<String, byte[]> selected = new TreeMap<>();
        files.forEach((path, content) -> {
            if (path.endsWith(suffix)) {
                selected.put(path, content);
            }
        });
        return selected;
    }

    public String text(String path) {
        byte[] content = files.get(path);
        return content == null ? null : new String(content, StandardCharsets.UTF_8);
    }

    /** The content hash that names this rule set: the same files give the same version on every node. */
    public String version() {
        return versionOf("");
    }

    /** The content hash of the files under a folder ("reference/watchlists/"), or of all for "". */
    public String versionOf(String folder) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, content) -> {
                if (path.startsWith(folder)) {
                    sha.update(path.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(content);
                    sha.update((byte) 0);
                }
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, VERSION_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
