package org.portcullis.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.merkle.MerkleHash;

/**
 * One leaf's data: a flat JSON object of strings with its keys in sorted order and no spaces (the RFC 8785 form for
 * such objects), so anyone holding the same facts writes the same bytes and the same leaf hash. It always has
 * {@code kind} and {@code at}; the other fields depend on the kind.
 */
public record LogEntry(EntryKind kind, Instant at, Map<String, String> fields) {

    public LogEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        fields = Map.copyOf(fields);
        if (fields.containsKey("kind") || fields.containsKey("at")) {
            throw new IllegalArgumentException("kind and at are the entry's own fields");
        }
    }

    public String text() {
        Map<String, String> all = new TreeMap<>(fields);
        all.put("kind", kind.name());
        all.put("at", at.toString());
        return all.entrySet().stream()
                .map(field -> JsonText.quote(field.getKey()) + ":" + JsonText.quote(field.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    public byte[] data() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] leafHash() {
        return MerkleHash.leaf(data());
    }
}
