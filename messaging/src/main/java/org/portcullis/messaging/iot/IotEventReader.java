package org.portcullis.messaging.iot;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.portcullis.messaging.filing.JsonBody;
import org.portcullis.messaging.schema.SchemaCheck;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.iot.IotEventFields;
import org.portcullis.model.iot.IotEventReadResult;

/**
 * Reads a sensor event as the broker delivered it: the topic (or the address it became) must be the publishing
 * account's own operator's, the body at most 64 KiB of strict UTF-8 without byte order mark, well-formed JSON, the
 * published schema {@code schema/iot-event-v1.schema.json}, then every code against its value type. Every error
 * carries a code, the JSON Pointer of the element and a hint; the caller sends a refused event to
 * {@link IotTopics#DEAD_LETTER_ADDRESS} with {@link IotEventReadResult.Invalid#summary()} as the reason. Thread-safe.
 */
public class IotEventReader {

    /** An event needs well under 1 KiB; anything this large is not one. */
    public static final int MAX_EVENT_BYTES = 64 * 1024;

    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final IotTopics topics;
    private final SchemaCheck schema = new SchemaCheck(IotTopics.EVENT_SCHEMA);

    public IotEventReader(ObjectMapper json, IotTopics topics) {
        this.json = json;
        this.topics = topics;
    }

    /** The event the account published on the topic (MQTT form or Artemis address), or every error found in it. */
    public IotEventReadResult read(String topic, String account, byte[] body) {
        TopicVerdict verdict = topics.check(account, topic);
        if (verdict != TopicVerdict.ALLOWED) {
            return invalid(ErrorCode.IOT_TOPIC_NOT_ALLOWED, "account '" + account + "' may not publish to '" + topic
                    + "': " + verdict.reason());
        }
        if (body.length > MAX_EVENT_BYTES) {
            return invalid(ErrorCode.IOT_EVENT_TOO_LARGE, "the body has " + body.length + " bytes, more than "
                    + MAX_EVENT_BYTES);
        }
        JsonBody parsed = JsonBody.parse(json, body);
        if (parsed.error() != null) {
            return new IotEventReadResult.Invalid(List.of(parsed.error()));
        }
        JsonNode document = parsed.document();
        return withValueErrors(schema.validate(document), document, IotTopics.operatorOf(topic).orElseThrow());
    }

    /**
     * The schema's errors and, so that the operator hears of everything at once, the value errors (check digits,
     * MMSI, members of another event type) at elements the schema did not already refuse; or the event.
     */
    private IotEventReadResult withValueErrors(List<ValidationError> schemaErrors, JsonNode document,
            String operator) {
        if (!document.isObject()) {
            return new IotEventReadResult.Invalid(schemaErrors);
        }
        IotEventReadResult mapped = IotEventFields.toEvent(json.convertValue(document, TREE), operator);
        if (schemaErrors.isEmpty()) {
            return mapped;
        }
        List<ValidationError> all = new ArrayList<>(schemaErrors);
        if (mapped instanceof IotEventReadResult.Invalid invalid) {
            invalid.errors().stream()
                    .filter(error -> schemaErrors.stream().noneMatch(e -> e.pointer().equals(error.pointer())))
                    .forEach(all::add);
        }
        return new IotEventReadResult.Invalid(all);
    }

    private static IotEventReadResult invalid(ErrorCode code, String message) {
        return new IotEventReadResult.Invalid(List.of(ValidationError.of(code, "", message)));
    }
}
