package org.portcullis.messaging.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the dates of sample messages (filings of {@code docs/samples}, the test corpus, port community events) by
 * one {@link DateShift}, so that a sample written once with fixed dates can be sent on any day with its ETA ahead.
 * In JSON every text that is a date-time (RFC 3339: {@code sentAt}, {@code eta}, previous ports' arrival and
 * departure, an event's {@code ata} or {@code atd}) moves by the shift's time, keeping its offset; every text that
 * is a date moves by the shift's days, except a date of birth. In EDIFACT the same holds for {@code DTM} segments
 * (formats 203, 204 and 102; qualifier 329 is the date of birth) and the interchange's preparation time in
 * {@code UNB}. Nothing else in the message changes.
 */
public final class SampleDates {

    /**
     * Members holding a date that belongs to a person, not to the voyage, or that an issuer signed (a ship
     * certificate's dates are also in its JWS): they never move.
     */
    private static final Set<String> BIRTH_DATES = Set.of("dateOfBirth", "issueDate", "expiryDate");
    private static final String EDIFACT_BIRTH_DATE = "329";
    private static final ObjectMapper JSON = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** DTM+qualifier:value:format, the value without release characters or separators inside. */
    private static final Pattern EDIFACT_DTM = Pattern.compile("(?m)(?:^|(?<='))(DTM\\+)(\\w+):(\\d+):(102|203|204)(?=')");
    /** UNB+syntax+sender+recipient+YYMMDD:HHMM, the preparation date and time of the interchange. */
    private static final Pattern EDIFACT_UNB =
            Pattern.compile("(?m)(?:^|(?<='))(UNB\\+[^+']*\\+[^+']*\\+[^+']*\\+)(\\d{6}):(\\d{4})");
    private static final Map<String, DateTimeFormatter> EDIFACT_FORMATS = Map.of(
            "102", strict("uuuuMMdd"),
            "203", strict("uuuuMMddHHmm"),
            "204", strict("uuuuMMddHHmmss"),
            "UNB", strict("uuMMddHHmm"));

    private SampleDates() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The ETA ({@code /portCall/eta}) of a JSON filing, if it has a readable one. */
    public static Optional<Instant> eta(String json) {
        try {
            JsonNode eta = JSON.readTree(json).path("portCall").path("eta");
            return eta.isTextual() ? Optional.of(OffsetDateTime.parse(eta.asText()).toInstant()) : Optional.empty();
        } catch (JsonProcessingException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The JSON message with its dates moved (written compactly, numbers as they were); a text that is not JSON (a
     * sample of a malformed message) as it is.
     */
    public static String shiftJson(String json, DateShift shift) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return json;
        }
        try {
            return JSON.writeValueAsString(shift(root, null, shift));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }

    /**
     * The JSON message with {@code header.sentAt} set to the moment it is sent: moved by whole days, a sample's
     * sent-at could lie ahead of the clock, and every later message of its LRN written with the current time would
     * then be refused as out of order. A text that is not JSON, or has no header, as it is.
     */
    public static String sentAt(String json, Instant sentAt) {
        try {
            JsonNode root = JSON.readTree(json);
            if (!(root.path("header") instanceof ObjectNode header)) {
                return json;
            }
            header.put("sentAt", DateTimeFormatter.ISO_INSTANT.format(sentAt));
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** The EDIFACT interchange (default separators) with its dates moved; everything else as it was. */
    public static String shiftEdifact(String interchange, DateShift shift) {
        String moved = replace(EDIFACT_DTM.matcher(interchange), dtm -> dtm.group(1) + dtm.group(2) + ":"
                + shiftEdifactValue(dtm.group(3), dtm.group(4), EDIFACT_BIRTH_DATE.equals(dtm.group(2)), shift)
                + ":" + dtm.group(4));
        return replace(EDIFACT_UNB.matcher(moved), unb -> {
            String value = shiftEdifactValue(unb.group(2) + unb.group(3), "UNB", false, shift);
            return unb.group(1) + value.substring(0, 6) + ":" + value.substring(6);
        });
    }

    private static String shiftEdifactValue(String value, String format, boolean birthDate, DateShift shift) {
        DateTimeFormatter formatter = EDIFACT_FORMATS.get(format);
        try {
            if (format.equals("102")) {
                LocalDate date = LocalDate.parse(value, formatter);
                return formatter.format(birthDate ? date : shift.apply(date));
            }
            Instant at = LocalDateTime.parse(value, formatter).toInstant(ZoneOffset.UTC);
            return formatter.format(LocalDateTime.ofInstant(shift.apply(at), ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return value; // looks like a date but is none (a sample of a bad date): left as it is
        }
    }

    private static JsonNode shift(JsonNode node, String member, DateShift shift) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                field.setValue(shift(field.getValue(), field.getKey(), shift));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, shift(array.get(i), member, shift));
            }
        } else if (node.isTextual()) {
            String text = node.asText();
            try {
                if (DATE_TIME.matcher(text).matches()) {
                    OffsetDateTime at = OffsetDateTime.parse(text);
                    OffsetDateTime moved = shift.apply(at.toInstant()).atOffset(at.getOffset());
                    return JsonNodeFactory.instance.textNode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moved));
                }
                if (DATE.matcher(text).matches() && !BIRTH_DATES.contains(member)) {
                    return JsonNodeFactory.instance.textNode(shift.apply(LocalDate.parse(text)).toString());
                }
            } catch (DateTimeParseException e) {
                return node; // looks like a date but is none (a sample of a bad date): left as it is
            }
        }
        return node;
    }

    private static String replace(Matcher matcher, Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
