package org.portcullis.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A published JSON Schema of a wire format (classpath {@code /schema/}) as OpenAPI components, so that the API
 * description types the filing and the notices exactly as the schema a carrier validates against: the root becomes
 * the component {@code name}, each {@code $defs} entry {@code name + Entry}, and references follow them there.
 */
final class PublishedSchemaComponents {

    static final String PREFIX = "#/components/schemas/";

    private PublishedSchemaComponents() {
    }

    /** The components of {@code /schema/<file>}, the root first. */
    @SuppressWarnings("rawtypes")
    static Map<String, Schema> read(String file, String name) {
        ObjectNode root = load(file);
        root.remove("$schema");
        root.remove("$id");
        JsonNode defs = root.remove("$defs");
        Map<String, Schema> components = new LinkedHashMap<>();
        components.put(name, schema(root, name));
        if (defs != null) {
            defs.fields().forEachRemaining(def -> components.put(name + capitalised(def.getKey()),
                    schema(def.getValue(), name)));
        }
        return components;
    }

    @SuppressWarnings("rawtypes")
    private static Schema schema(JsonNode node, String name) {
        return Json31.mapper().convertValue(followed(node, name), Schema.class);
    }

    /** The node with every {@code #/$defs/x} reference pointing at the component {@code name + X}. */
    private static JsonNode followed(JsonNode node, String name) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asText().startsWith("#/$defs/")) {
                object.set("$ref", TextNode.valueOf(PREFIX + name + capitalised(ref.asText().substring(8))));
            }
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                followed(children.next(), name);
            }
        } else if (node.isArray()) {
            node.forEach(child -> followed(child, name));
        }
        return node;
    }

    private static String capitalised(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static ObjectNode load(String file) {
        try (InputStream in = PublishedSchemaComponents.class.getResourceAsStream("/schema/" + file)) {
            if (in == null) {
                throw new IllegalStateException("published schema /schema/" + file + " is not on the classpath");
            }
            return (ObjectNode) Json31.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("published schema /schema/" + file + " does not read", e);
        }
    }
}
