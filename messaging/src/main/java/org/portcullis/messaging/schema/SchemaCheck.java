package org.portcullis.messaging.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;

/**
 * One published JSON Schema (draft 2020-12, formats asserted) read from the classpath, and the translation of its
 * errors into errors with a stable code and the JSON Pointer of the offending element.
 */
public final class SchemaCheck {

    private static final Map<String, ErrorCode> CODES_BY_KEYWORD = Map.ofEntries(
            Map.entry("required", ErrorCode.SCHEMA_REQUIRED),
            Map.entry("type", ErrorCode.SCHEMA_TYPE),
            Map.entry("format", ErrorCode.SCHEMA_FORMAT),
            Map.entry("pattern", ErrorCode.SCHEMA_PATTERN),
            Map.entry("enum", ErrorCode.SCHEMA_ENUM),
            Map.entry("const", ErrorCode.SCHEMA_ENUM),
            Map.entry("additionalProperties", ErrorCode.SCHEMA_UNKNOWN_ELEMENT),
            Map.entry("minLength", ErrorCode.SCHEMA_LENGTH),
            Map.entry("maxLength", ErrorCode.SCHEMA_LENGTH),
            Map.entry("minimum", ErrorCode.SCHEMA_RANGE),
            Map.entry("maximum", ErrorCode.SCHEMA_RANGE),
            Map.entry("exclusiveMinimum", ErrorCode.SCHEMA_RANGE),
            Map.entry("exclusiveMaximum", ErrorCode.SCHEMA_RANGE),
            Map.entry("minItems", ErrorCode.SCHEMA_ITEMS),
            Map.entry("maxItems", ErrorCode.SCHEMA_ITEMS),
            Map.entry("uniqueItems", ErrorCode.SCHEMA_ITEMS));

    private final Schema schema;

    /** The schema at the classpath resource, e.g. {@code schema/filing-v1.schema.json}. */
    public SchemaCheck(String resource) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource + " on the classpath");
            }
            this.schema = registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ValidationError> validate(JsonNode document) {
        return schema.validate(document).stream().map(SchemaCheck::toValidationError).toList();
    }

    private static ValidationError toValidationError(Error error) {
        ErrorCode code = CODES_BY_KEYWORD.getOrDefault(error.getKeyword(), ErrorCode.SCHEMA_VIOLATION);
        String pointer = error.getInstanceLocation().toString();
        boolean namesChild = code == ErrorCode.SCHEMA_REQUIRED || code == ErrorCode.SCHEMA_UNKNOWN_ELEMENT;
        if (namesChild && error.getProperty() != null) {
            pointer = pointer + "/" + escape(error.getProperty());
        }
        return ValidationError.of(code, pointer, error.getMessage());
    }

    /** JSON Pointer escaping (RFC 6901) of one reference token. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
