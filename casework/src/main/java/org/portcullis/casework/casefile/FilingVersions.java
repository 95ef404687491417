package org.portcullis.casework.casefile;

import org.portcullis.casework.cases.CaseHistoryRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.springframework.stereotype.Component;

/**
 * The versions of a filing and what each amendment changed: an RFC 6902 JSON Patch between the stored documents
 * of consecutive versions, each change with the JSON Pointer of the element, its old and its new value. Stored
 * versions never change, so the changes between two documents are worked out once and kept (by the documents'
 * hashes, for the most recently read pairs): a case file read again does not diff large filings again. Documents are
 * compared in their published form: a version stored as the carrier's JSON message as received reads back as the
 * filing it holds, written out the way every other version is.
 */
@Component
public class FilingVersions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FilingDocuments PUBLISHED = new FilingDocuments(FilingJson.objectMapper());
    private static final int LONGEST_VALUE = 300;
    private static final int PAIRS_KEPT = 512;

    private final Map<String, List<Change>> changesByPair = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Change>> eldest) {
                    return size() > PAIRS_KEPT;
                }
            });

    public List<Version> of(List<CaseHistoryRepository.FilingVersion> stored) {
        return of(stored, UnaryOperator.identity());
    }

    /**
     * The versions with the changes between the documents as an officer may see them ({@code projection}: the
     * disclosure's), so that a change to a field the officer may not see does not show, not even its pointer.
     */
    public List<Version> of(List<CaseHistoryRepository.FilingVersion> stored, UnaryOperator<String> projection) {
        List<Version> versions = new ArrayList<>();
        String previous = null;
        for (CaseHistoryRepository.FilingVersion version : stored) {
            String document = projection.apply(version.document());
            List<Change> changes = previous == null ? List.of() : changesBetween(previous, document);
            versions.add(new Version(version.version(), version.messageId(), version.function(),
                    version.receivedAt(), changes));
            previous = document;
        }
        return versions;
    }

    private List<Change> changesBetween(String from, String to) {
        String pair = sha256(from) + ">" + sha256(to);
        List<Change> known = changesByPair.get(pair);
        if (known != null) {
            return known;
        }
        List<Change> changes = List.copyOf(changes(parse(published(from)), parse(published(to))));
        changesByPair.put(pair, changes);
        return changes;
    }

    private static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The changes from one document to the next, the header included. */
    static List<Change> changes(JsonNode from, JsonNode to) {
        JsonNode patch = JsonDiff.asJson(from, to, EnumSet.of(DiffFlags.OMIT_MOVE_OPERATION,
                DiffFlags.OMIT_COPY_OPERATION, DiffFlags.ADD_ORIGINAL_VALUE_ON_REPLACE));
        List<Change> changes = new ArrayList<>();
        for (JsonNode operation : patch) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText();
            String before = switch (op) {
                case "replace" -> text(operation.get("fromValue"));
                case "remove" -> text(from.at(path));
                default -> null;
            };
            String after = "remove".equals(op) ? null : text(operation.get("value"));
            changes.add(new Change(Change.Kind.valueOf(op.toUpperCase(java.util.Locale.ROOT)), path, before, after));
        }
        return changes;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.length() <= LONGEST_VALUE ? text : text.substring(0, LONGEST_VALUE - 1) + "…";
    }

    /** The document in the published form filings are stored in; as it is when it does not read as a filing. */
    private static String published(String document) {
        try {
            return PUBLISHED.write(PUBLISHED.read(document, null, null));
        } catch (RuntimeException notAFiling) {
            return document;
        }
    }

    private static JsonNode parse(String document) {
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored filing version is not JSON", e);
        }
    }

    /** One version of the filing and what changed from the version before it (nothing for the first). */
    public record Version(int number, String messageId, String function, Instant receivedAt, List<Change> changes) {
    }

    /** One change: added, removed or replaced, where (JSON Pointer), the value before and after. */
    public record Change(Kind kind, String pointer, String before, String after) {

        /** What happened to the element. */
        public enum Kind { ADD, REMOVE, REPLACE }
    }
}
