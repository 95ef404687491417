package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.jms.Message;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile-input corpus of docs/reliability.md sent over the broker: bodies that cannot be read, values of the
 * wrong type, messages with bad transport properties. Each gets its specific error, is kept as it arrived, and
 * opens no case; messages no notice could reach go to the dead-letter queue with the reason.
 */
class HostileInputIT extends PortcullisIntegrationTest {

    private static final String GREEN = "filing-green.json";

    static Stream<Arguments> unreadableBodies() {
        String green = CarrierClient.sample(GREEN, "LRN-HOSTILE");
        return Stream.of(
                Arguments.of("truncated JSON", utf8(green.substring(0, green.length() / 2)), "MALFORMED_MESSAGE", ""),
                Arguments.of("single-quoted JSON", utf8("{'header': {'lrn': 'x'}}"), "MALFORMED_MESSAGE", ""),
                Arguments.of("trailing garbage", utf8(green + "}}"), "MALFORMED_MESSAGE", ""),
                Arguments.of("empty body", new byte[0], "MALFORMED_MESSAGE", ""),
                Arguments.of("JSON null", utf8("null"), "SCHEMA_TYPE", ""),
                Arguments.of("JSON array", utf8("[]"), "SCHEMA_TYPE", ""),
                Arguments.of("nesting 100,000 deep", utf8("[".repeat(100_000) + "]".repeat(100_000)),
                        "MALFORMED_MESSAGE", ""),
                Arguments.of("invalid UTF-8 byte sequence", replace(green, "MSC AURORA", new byte[] {(byte) 0xC3, 0x28}),
                        "MALFORMED_MESSAGE", ""),
                Arguments.of("UTF-8-encoded surrogate", replace(green, "MSC AURORA",
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "MALFORMED_MESSAGE", ""),
                Arguments.of("UTF-16 with byte order mark", utf16(green), "MALFORMED_MESSAGE", ""),
                Arguments.of("XML with an external entity, sent as JSON", utf8(Xml.EXTERNAL_ENTITY), "MALFORMED_MESSAGE", ""),
                Arguments.of("a number of 5,000 digits", utf8(green.replace("3150.0", "3".repeat(5000))),
                        "MALFORMED_MESSAGE", ""),
                Arguments.of("an element given twice", utf8(green.replaceFirst("\\{", "{\"vessel\": {},")),
                        "MALFORMED_MESSAGE", ""),
                Arguments.of("the NUL character in a name", utf8(green.replace("MSC AURORA", "MSC\\u0000AURORA")),
                        "CONTROL_CHARACTER", "/vessel/name"),
                Arguments.of("IMO number as a number", utf8(green.replace("\"9839284\"", "9839284")), "SCHEMA_TYPE",
                        "/vessel/imoNumber"),
                Arguments.of("consignments as an object", utf8(green.replaceFirst("\"consignments\":\\[(.*)]}$",
                        "\"consignments\":{\"x\":[$1]}}")), "SCHEMA_TYPE", "/consignments"),
                Arguments.of("ETA that is no date", utf8(green.replace("\"eta\":\"" + TestDates.ETA + "\"",
                        "\"eta\":\"next tuesday\"")),
                        "SCHEMA_FORMAT", "/portCall/eta"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    void bodyThatCannotBeReadIsRejectedWithItsCodeAndKeptAsItArrived(String what, byte[] body, String code,
            String pointer) throws Exception {
        try (CarrierClient carrier = carrier("HOSTILE")) {
            String messageId = unique("body");
            carrier.sendBytes(body, carrier.properties(messageId));

            var rejected = carrier.awaitNotice("REJECTED", messageId);

            JsonNode error = errorWithCode(rejected.body(), code);
            assertThat(error.path("pointer").asText()).isEqualTo(pointer);
            assertThat(error.path("message").asText()).isNotBlank();
            assertThat(error.path("hint").asText()).isNotBlank();
            assertThat(keptBody(messageId)).isEqualTo(body);
            assertThat(jdbc.sql("select count(*) from clearance_case c join inbound_message m on m.mrn = c.mrn "
                    + "where m.message_id = ?").param(messageId).query(Integer.class).single()).isZero();
        }
    }

    @ParameterizedTest(name = "contentType {0}")
    @ValueSource(strings = {"application/xml", "text/xml; charset=UTF-8", "application/edifact-but-not-really"})
    void xmlWithExternalEntityIsRefusedByItsContentTypeWithoutBeingParsed(String contentType) throws Exception {
        try (CarrierClient carrier = carrier("HOSTILE")) {
            String messageId = unique("xml");
            Map<String, String> properties = carrier.properties(messageId);
            properties.put("contentType", contentType);
            carrier.send(Xml.EXTERNAL_ENTITY, properties);

            var rejected = carrier.awaitNotice("REJECTED", messageId);

            assertThat(errorWithCode(rejected.body(), "UNSUPPORTED_CONTENT_TYPE").path("message").asText())
                    .contains(contentType);
            assertThat(rejected.body().toString()).doesNotContain("root:");
        }
    }

    @ParameterizedTest(name = "messageId {0}")
    @MethodSource("badMessageIds")
    void messageIdThatCannotBeStoredIsRejectedAsMissing(String what, String messageId) throws Exception {
        try (CarrierClient carrier = carrier("HOSTILE")) {
            String lrn = unique("lrn");
            Map<String, String> properties = carrier.properties(messageId);
            if (messageId == null) {
                properties.remove("messageId");
            }
            carrier.send(CarrierClient.sample(GREEN, lrn), properties);

            Message notice = carrier.receive("portcullis.notices.HOSTILE", "LRN = '" + lrn + "'");

            assertThat(notice).as("notice for LRN %s", lrn).isNotNull();
            var rejected = CarrierClient.Notice.of(notice);
            assertThat(rejected.properties()).containsEntry("noticeType", "REJECTED");
            assertThat(errorWithCode(rejected.body(), "MISSING_MESSAGE_ID").path("hint").asText()).isNotBlank();
            assertThat(jdbc.sql("select count(*) from clearance_case where lrn = ?").param(lrn)
                    .query(Integer.class).single()).isZero();
        }
    }

    static Stream<Arguments> badMessageIds() {
        return Stream.of(Arguments.of("missing", null), Arguments.of("blank", "   "),
                Arguments.of("of 200 characters", "m".repeat(200)), Arguments.of("with a NUL character", "m\u0000x"));
    }

    @ParameterizedTest(name = "carrierId {0}")
    @ValueSource(strings = {"MSC.#", "portcullis.filings", "../../etc/passwd", "MSC' OR '1'='1", "MSC ACME", "",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void forgedCarrierIdGoesToTheDeadLetterQueueWithTheReason(String carrierId) throws Exception {
        try (CarrierClient carrier = carrier("HOSTILE")) {
            String messageId = unique("forged");
            Map<String, String> properties = carrier.properties(messageId);
            properties.put("carrierId", carrierId);
            carrier.send(CarrierClient.sample(GREEN, messageId), properties);

            Message dead = receiveAsOperator("portcullis.filings.DLQ", "messageId = '" + messageId + "'");

            assertThat(dead).isNotNull();
            assertThat(dead.getStringProperty("deadLetterReason")).contains("carrierId");
            assertThat(dead.getStringProperty("carrierId")).isEqualTo(carrierId);
            assertThat(jdbc.sql("select count(*) from clearance_case where lrn = ?").param(messageId)
                    .query(Integer.class).single()).isZero();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16);
    }

    private static byte[] replace(String text, String target, byte[] replacement) {
        int at = text.indexOf(target);
        byte[] before = utf8(text.substring(0, at));
        byte[] after = utf8(text.substring(at + target.length()));
        byte[] all = new byte[before.length + replacement.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(replacement, 0, all, before.length, replacement.length);
        System.arraycopy(after, 0, all, before.length + replacement.length, after.length);
        return all;
    }

    static JsonNode errorWithCode(JsonNode notice, String code) {
        for (JsonNode error : notice.path("errors")) {
            if (code.equals(error.path("code").asText())) {
                return error;
            }
        }
        throw new AssertionError("no error " + code + " in " + notice);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** XML that would read a local file if an XML parser with external entities enabled ever saw it. */
    static final class Xml {
        static final String EXTERNAL_ENTITY = """
                <?xml version="1.0"?>
                <!DOCTYPE filing [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <filing><header><lrn>&xxe;</lrn></header></filing>""";

        private Xml() {
        }
    }

    /** The body of the message as stored: by its hash, or none at all for an empty body. */
    private byte[] keptBody(String messageId) {
        String sha256 = jdbc.sql("select body_sha256 from inbound_message where carrier_id = 'HOSTILE' "
                + "and message_id = ?").param(messageId).query(String.class).list().get(0);
        return sha256 == null ? new byte[0] : jdbc.sql("select content from stored_document where sha256 = ?")
                .param(sha256).query(byte[].class).single();
    }
}
