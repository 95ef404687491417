package org.portcullis.messaging.filing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;

/**
 * Finds control characters (U+0000 to U+001F but tab, line feed and carriage return) in the names and text values
 * of a JSON document: no filing element needs them, and PostgreSQL cannot store U+0000 at all, so a filing holding
 * one would fail on every delivery instead of being answered.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static boolean in(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    static List<ValidationError> find(JsonNode document) {
        List<ValidationError> errors = new ArrayList<>();
        find(document, "", errors);
        return errors;
    }

    private static void find(JsonNode node, String pointer, List<ValidationError> errors) {
        if (node.isTextual() && in(node.textValue())) {
            errors.add(ValidationError.of(ErrorCode.CONTROL_CHARACTER, pointer,
                    "the text at " + (pointer.isEmpty() ? "the top" : pointer) + " holds a control character"));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                find(node.get(i), pointer + "/" + i, errors);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (in(field.getKey())) {
                    errors.add(ValidationError.of(ErrorCode.CONTROL_CHARACTER, pointer,
                            "an element name in " + (pointer.isEmpty() ? "the top" : pointer) + " holds a control character"));
                } else {
                    find(field.getValue(), child, errors);
                }
            }
        }
    }
}
