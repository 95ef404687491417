package org.portcullis.sharing.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.portcullis.messaging.filing.FilingSchema;

/**
 * The fields of the published filing schema, for checking the fields an agreement names: each step must be a
 * property the schema defines at that place, and every list position is written {@code *}. Thread-safe.
 */
public final class FilingFields {

    private final JsonNode schema;

    public FilingFields(JsonNode schema) {
        this.schema = schema;
    }

    /** The fields of the schema this build publishes ({@code schema/filing-v1.schema.json}). */
    public static FilingFields published() {
        try (InputStream in = FilingFields.class.getClassLoader().getResourceAsStream(FilingSchema.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the filing schema " + FilingSchema.RESOURCE + " is not on the class path");
            }
            return new FilingFields(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty when the schema defines the pattern's element; else what is wrong and how to write it. */
    public Optional<String> problem(FieldPattern pattern) {
        JsonNode node = resolve(schema);
        List<String> walked = new ArrayList<>();
        for (String step : pattern.segments()) {
            String here = walked.isEmpty() ? "the filing" : "/" + String.join("/", walked);
            if (node.has("items")) {
                if (!step.equals(FieldPattern.ANY_POSITION)) {
                    return Optional.of(here + " is a list: write " + here + "/*/" + step
                            + " (* stands for every entry)");
                }
                node = resolve(node.get("items"));
            } else if (node.has("properties")) {
                JsonNode property = node.get("properties").get(step);
                if (property == null) {
                    return Optional.of("the schema has no field \"" + step + "\" in " + here + "; it has "
                            + String.join(", ", new TreeSet<>(iterable(node.get("properties")))));
                }
                node = resolve(property);
            } else {
                return Optional.of(here + " is a single value; nothing lies below it (remove /" + step + ")");
            }
            walked.add(step);
        }
        return Optional.empty();
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalStateException("the filing schema refers outside itself: " + ref);
            }
            current = schema.at(ref.substring(1));
        }
        return current;
    }

    private static List<String> iterable(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
