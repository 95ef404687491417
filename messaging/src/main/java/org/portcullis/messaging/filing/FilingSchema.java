package org.portcullis.messaging.filing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.portcullis.messaging.schema.SchemaCheck;
import org.portcullis.model.error.ValidationError;

/** The published JSON Schema of the filing (version 1), and the translation of its errors into carrier errors. */
public final class FilingSchema {

    public static final String RESOURCE = "schema/filing-v1.schema.json";

    private final SchemaCheck schema = new SchemaCheck(RESOURCE);

    public List<ValidationError> validate(JsonNode document) {
        return schema.validate(document);
    }
}
