package org.portcullis.sharing.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The problems found in one agencies file, each placed at its element, and the reading helpers that find them. */
final class Problems {

    private final String source;
    private final LocatedYaml yaml;
    private final List<ConfigProblem> found = new ArrayList<>();

    Problems(String source, LocatedYaml yaml) {
        this.source = source;
        this.yaml = yaml;
    }

    void add(String pointer, String message, String hint) {
        JsonLocation location = yaml.at(pointer);
        found.add(new ConfigProblem(source, Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1),
                message, hint));
    }

    List<ConfigProblem> all() {
        return List.copyOf(found);
    }

    /** Refuses every key of the mapping that is not one of the allowed keys (a misspelling is never ignored). */
    void onlyKnownKeys(JsonNode mapping, String pointer, Set<String> allowed) {
        for (Iterator<String> names = mapping.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                add(pointer + "/" + name, "unknown key \"" + name + "\"", "known keys here: "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    /** The text of a scalar, or null (a problem when required, or when it is not a scalar). */
    String text(JsonNode parent, String field, String pointer, boolean required, String hint) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                add(pointer, "\"" + field + "\" is missing", hint);
            }
            return null;
        }
        if (!node.isValueNode() || node.asText().isBlank()) {
            add(pointer + "/" + field, "\"" + field + "\" must be a non-empty text", hint);
            return null;
        }
        return node.asText().strip();
    }

    /** The texts of a list of scalars; an entry that is not one is a problem and left out. */
    List<String> texts(JsonNode parent, String field, String pointer, boolean required, String hint) {
        JsonNode node = parent.get(field);
        List<String> texts = new ArrayList<>();
        if (node == null || node.isNull()) {
            if (required) {
                add(pointer, "\"" + field + "\" is missing", hint);
            }
            return texts;
        }
        if (!node.isArray()) {
            add(pointer + "/" + field, "\"" + field + "\" must be a list", "write [a, b] or one \"- item\" a line");
            return texts;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isValueNode() && !item.isNull() && !item.asText().isBlank()) {
                texts.add(item.asText().strip());
            } else {
                add(pointer + "/" + field + "/" + i, "entry " + (i + 1) + " of \"" + field + "\" must be a text", hint);
            }
        }
        if (required && node.isEmpty()) {
            add(pointer + "/" + field, "\"" + field + "\" must name at least one entry", hint);
        }
        return texts;
    }
}
