package org.portcullis.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json31;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published JSON Schemas reach the API description whole: nothing is lost or changed but where refs point. */
class PublishedSchemaComponentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEFS_REF = Pattern.compile("\"#/\\$defs/(\\w)");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"filing-v1.schema.json, Filing", "notice-v1.schema.json, Notice"})
    void everyKeywordSurvivesAndRefsPointAtTheComponents(String file, String name) throws IOException {
        ObjectNode published = published(file);
        published.remove("$schema");
        published.remove("$id");
        JsonNode defs = published.remove("$defs");

        var components = PublishedSchemaComponents.read(file, name);

        assertThat(components).hasSize(1 + defs.size());
        assertThat(asSchema(components.get(name))).isEqualTo(followed(published, name));
        defs.fields().forEachRemaining(def -> {
            String component = name + Character.toUpperCase(def.getKey().charAt(0)) + def.getKey().substring(1);
            assertThat(asSchema(components.get(component))).as(component).isEqualTo(followed(def.getValue(), name));
        });
    }

    /** The component as the description writes it, read back (numbers as JSON numbers, not Java types). */
    private static JsonNode asSchema(Object component) {
        try {
            return sortedRequired(JSON.readTree(Json31.mapper().writeValueAsString(component)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema with {@code #/$defs/x} written as the component {@code name + X}. */
    private static JsonNode followed(JsonNode schema, String name) {
        try {
            return sortedRequired(JSON.readTree(DEFS_REF.matcher(schema.toString()).replaceAll(m ->
                    "\"#/components/schemas/" + name + m.group(1).toUpperCase())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code required} is a set of names: the description writes it sorted. */
    private static JsonNode sortedRequired(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("required").isArray()) {
            List<String> names = new ArrayList<>();
            object.path("required").forEach(n -> names.add(n.asText()));
            ArrayNode sorted = object.putArray("required");
            names.stream().sorted().forEach(sorted::add);
        }
        node.forEach(PublishedSchemaComponentsTest::sortedRequired);
        return node;
    }

    private static ObjectNode published(String file) throws IOException {
        try (InputStream in = PublishedSchemaComponentsTest.class.getResourceAsStream("/schema/" + file)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
