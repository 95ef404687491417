package org.portcullis.casework.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The files of the draft as an author reads and edits them in the browser: any file's source with its header
 * (purpose, legal basis, owner, last review), the live version of the same file beside it, and writing a file (an
 * edit or an upload) into the draft directory. Only rule files (DRL, decision tables, reference data) inside the draft
 * directory are written; compiling, testing and going live stay the draft's usual steps.
 */
@Service
public class DraftFiles {

    /** One draft file: its path, its text, its header fields, and the live file's text (null when live has none). */
    public record DraftFile(String path, String source, Map<String, String> header, String liveSource) {

        public boolean changedFromLive() {
            return !source.equals(liveSource);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DraftFiles.class);
    private static final Set<String> KINDS = Set.of(".drl", ".csv", ".properties", ".xml", ".txt");
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*");
    private static final Pattern HEADER = Pattern.compile("^//\\s*(Purpose|Legal basis|Owner|Last review):\\s*(.*)$",
            Pattern.MULTILINE);
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final DraftRuleSet draft;
    private final RuleSetVersions versions;

    DraftFiles(DraftRuleSet draft, RuleSetVersions versions) {
        this.draft = draft;
        this.versions = versions;
    }

    /** The draft's files, by path. */
    public List<String> paths() {
        return Files.isDirectory(draft.directory()) ? List.copyOf(draft.sources().files().keySet()) : List.of();
    }

    /** The draft file at the path, or empty when the draft has none there (or the path is not a rule file's). */
    public Optional<DraftFile> read(String path) {
        if (!allowed(path)) {
            return Optional.empty();
        }
        byte[] bytes = draft.sources().files().get(path);
        if (bytes == null) {
            return Optional.empty();
        }
        String source = new String(bytes, StandardCharsets.UTF_8);
        byte[] live = versions.latest().map(latest -> versions.files(latest.version()).files().get(path)).orElse(null);
        return Optional.of(new DraftFile(path, source, header(source),
                live == null ? null : new String(live, StandardCharsets.UTF_8)));
    }

    /**
     * Writes the file into the draft directory (creating its folder), replacing what was there.
     *
     * @throws IllegalArgumentException when the path is not a rule file's path inside the draft, or it is too large
     */
    public void write(String path, String source, String author) {
        if (!allowed(path)) {
            throw new IllegalArgumentException("not a rule file's path: " + path);
        }
        byte[] bytes = source.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(path + " is larger than " + MAX_BYTES + " bytes");
        }
        Path target = draft.directory().resolve(path).normalize();
        if (!target.startsWith(draft.directory().normalize())) {
            throw new IllegalArgumentException("not inside the draft: " + path);
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + " into the draft", e);
        }
        log.info("Draft file {} written by {} ({} bytes)", path, author, bytes.length);
    }

    /** Whether the path names a rule file inside the draft: folders and a name, no way out, a known kind. */
    public static boolean allowed(String path) {
        return path != null && path.length() <= 200 && SAFE_PATH.matcher(path).matches() && !path.contains("..")
                && KINDS.stream().anyMatch(path::endsWith);
    }

    private static Map<String, String> header(String source) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher line = HEADER.matcher(source);
        while (line.find()) {
            fields.putIfAbsent(line.group(1), line.group(2).strip());
        }
        return fields;
    }
}
