package org.portcullis.sharing.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document read into a tree that remembers where each element stood (line and column, from Jackson's
 * {@link JsonLocation}), so that a problem found later still points at its place in the file: a keyed element at
 * its key, a mapping at its first key, a list entry at the entry. A key given twice in one mapping is refused.
 */
final class LocatedYaml {

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final JsonNode root;
    private final Map<String, JsonLocation> locations;

    private LocatedYaml(JsonNode root, Map<String, JsonLocation> locations) {
        this.root = root;
        this.locations = locations;
    }

    static LocatedYaml parse(String text) throws IOException {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? JsonNodeFactory.instance.missingNode() : read(parser, "", false, locations);
            return new LocatedYaml(root, locations);
        }
    }

    JsonNode root() {
        return root;
    }

    /** Where the element at the pointer stands; for one that is missing, where its nearest parent stands. */
    JsonLocation at(String pointer) {
        String at = pointer;
        while (!locations.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return locations.getOrDefault(at, JsonLocation.NA);
    }

    private static JsonNode read(JsonParser parser, String pointer, boolean keyed,
            Map<String, JsonLocation> locations) throws IOException {
        locations.putIfAbsent(pointer, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            boolean first = true;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (first && !keyed) {
                    locations.put(pointer, parser.currentTokenLocation());
                }
                first = false;
                String name = parser.currentName();
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                locations.put(child, parser.currentTokenLocation());
                parser.nextToken();
                object.set(name, read(parser, child, true, locations));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(parser, pointer + "/" + array.size(), false, locations));
            }
            return array;
        }
        if (token == JsonToken.VALUE_NULL) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return JsonNodeFactory.instance.booleanNode(parser.getBooleanValue());
        }
        if (token.isNumeric()) {
            return JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
        }
        return JsonNodeFactory.instance.textNode(parser.getText());
    }
}
