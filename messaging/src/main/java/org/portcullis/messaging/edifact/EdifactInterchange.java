package org.portcullis.messaging.edifact;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;

/**
 * Reads an EDIFACT interchange with StAEDI: the envelope (UNB ... UNZ, UNG ... UNE, UNH ... UNT) checked by StAEDI's
 * control schema of the syntax version, each PAXLST and CUSCAR message against the structure of the directory its UNH
 * names ({@link DirectorySchemas}), every problem turned into a carrier error that points at the segment (by its
 * position in the message, UNH = 1) and element.
 */
final class EdifactInterchange {

    static final Set<String> FILING_TYPES = Set.of("PAXLST", "CUSCAR");

    private final DirectorySchemas schemas;
    private final List<EdiMessage> messages = new ArrayList<>();
    private final List<ValidationError> errors = new ArrayList<>();
    private final int messageCount;
    private final Deque<String> groups = new ArrayDeque<>();
    private final Deque<String> triggers = new ArrayDeque<>();

    private EdiMessage message;
    private EdiSegment segment;
    private EdiSegment lastSegment;
    private int unhPosition;
    private String prefix = "";
    private final SyntaxIdentifier syntax = new SyntaxIdentifier();

    private EdifactInterchange(DirectorySchemas schemas, int messageCount) {
        this.schemas = schemas;
        this.messageCount = messageCount;
    }

    /** Reads the body; {@link #errors()} holds every problem found, {@link #messages()} what could be read. */
    static EdifactInterchange read(byte[] body, DirectorySchemas schemas) {
        byte[] prepared = ServiceStrings.prepare(body);
        EdifactInterchange interchange = new EdifactInterchange(schemas, countMessages(prepared));
        interchange.parse(prepared);
        return interchange;
    }

    List<EdiMessage> messages() {
        return messages;
    }

    List<ValidationError> errors() {
        return errors;
    }

    private void parse(byte[] body) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(body))) {
            while (reader.hasNext()) {
                handle(reader, reader.next());
            }
        } catch (EDIStreamException | java.io.IOException | RuntimeException e) {
            String after = lastSegment == null ? "" : lastSegment.at();
            errors.add(ValidationError.of(ErrorCode.MALFORMED_MESSAGE, after,
                    "the body is not a well-formed EDIFACT interchange" + (after.isEmpty() ? "" : " after " + after)
                            + ": " + e.getMessage()));
        }
        if (messages.isEmpty() && errors.isEmpty()) {
            errors.add(ValidationError.of(ErrorCode.MALFORMED_MESSAGE, "", "the interchange holds no message"));
        }
    }

    private void handle(EDIStreamReader reader, EDIStreamEvent event) {
        Location location = reader.getLocation();
        switch (event) {
            case START_TRANSACTION -> {
                unhPosition = -1;
                prefix = messageCount > 1 ? "message " + (messages.size() + 1) + ", " : "";
            }
            case START_LOOP -> {
                groups.push(reader.getReferenceCode() == null ? "" : reader.getReferenceCode());
                triggers.push("");
            }
            case END_LOOP -> {
                groups.poll();
                triggers.poll();
            }
            case START_SEGMENT -> startSegment(reader.getText(), location);
            case ELEMENT_DATA -> elementData(reader.getText(), location);
            case END_SEGMENT -> endSegment(reader);
            case END_TRANSACTION -> {
                message = null;
                unhPosition = -1;
            }
            case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                    error(reader.getErrorType(), reader.getText(), location);
            default -> {
            }
        }
    }

    private void startSegment(String tag, Location location) {
        if ("UNH".equals(tag)) {
            unhPosition = location.getSegmentPosition();
        }
        if (!triggers.isEmpty() && triggers.peek().isEmpty()) {
            triggers.pop();
            triggers.push(tag);
        }
        List<String> path = new ArrayList<>();
        for (Iterator<String> outermostFirst = triggers.descendingIterator(); outermostFirst.hasNext();) {
            path.add(outermostFirst.next());
        }
        segment = new EdiSegment(tag, position(location), groups.isEmpty() ? "" : groups.peek(), String.join("/", path),
                message == null && !"UNH".equals(tag) ? "" : prefix);
        lastSegment = segment;
        if (message != null && !"UNT".equals(tag)) {
            message.add(segment);
        }
    }

    private void elementData(String text, Location location) {
        if (segment == null) {
            return;
        }
        segment.put(location.getElementPosition(), Math.max(location.getElementOccurrence(), 1),
                location.getComponentPosition(), text);
        if ("UNB".equals(segment.tag()) && location.getElementPosition() == 1) {
            syntax.read(segment, location.getComponentPosition(), text).ifPresent(errors::add);
        }
    }

    private void endSegment(EDIStreamReader reader) {
        if (segment != null && "UNH".equals(segment.tag())) {
            String type = segment.value(2, 1);
            var schema = type == null || !FILING_TYPES.contains(type) || !"UN".equals(segment.value(2, 4))
                    ? java.util.Optional.<Schema>empty()
                    : schemas.schema(type, segment.value(2, 2), segment.value(2, 3), segment.value(2, 5));
            if (schema.isEmpty()) {
                errors.add(ValidationError.of(ErrorCode.EDIFACT_MESSAGE_TYPE, segment.at(2),
                        "message type " + segment.value(2, 1) + ":" + segment.value(2, 2) + ":" + segment.value(2, 3)
                                + ":" + segment.value(2, 4) + " is not accepted; send PAXLST (directories "
                                + schemas.directoriesOf("PAXLST") + ") or CUSCAR (" + schemas.directoriesOf("CUSCAR")
                                + "), controlling agency UN"));
            } else {
                reader.setTransactionSchema(schema.get());
                message = new EdiMessage(type, segment);
                messages.add(message);
            }
        }
        segment = segment != null && "UNT".equals(segment.tag()) ? null : segment;
    }

    private void error(EDIStreamValidationError type, String text, Location location) {
        ErrorCode code = EdifactErrors.codeOf(type);
        String tag = location.getSegmentTag() != null ? location.getSegmentTag() : text;
        if (code == null || syntax.allowsSixDigitDate(type, tag, location, text)) {
            return;
        }
        StringBuilder pointer = new StringBuilder(EdiSegment.pointer(prefixFor(tag), position(location), tag));
        if (location.getElementPosition() > 0 && EdifactErrors.isElementError(type)) {
            pointer.append(", element ").append(location.getElementPosition());
            if (location.getComponentPosition() > 0) {
                pointer.append(", component ").append(location.getComponentPosition());
            }
        }
        errors.add(ValidationError.of(code, pointer.toString(), EdifactErrors.describe(type, text, tag)));
    }

    private String prefixFor(String tag) {
        return "UNB".equals(tag) || "UNZ".equals(tag) || "UNG".equals(tag) || "UNE".equals(tag) ? "" : prefix;
    }

    /** Within a message UNH is segment 1; the envelope's own segments count from the start of the interchange. */
    private int position(Location location) {
        return unhPosition > 0 ? location.getSegmentPosition() - unhPosition + 1 : location.getSegmentPosition();
    }

    private static int countMessages(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.ISO_8859_1);
        int count = 0;
        for (int at = text.indexOf("UNH+"); at >= 0; at = text.indexOf("UNH+", at + 4)) {
            count++;
        }
        return count;
    }
}
