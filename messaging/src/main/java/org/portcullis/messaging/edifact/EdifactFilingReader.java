package org.portcullis.messaging.edifact;

import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.intake.CarrierMessage;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.messaging.filing.FilingReader;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.UnmappedSegment;
import org.portcullis.model.intake.Locations;

/**
 * Reads a UN/EDIFACT interchange (application/edifact) into the same carrier message as JSON: one interchange is one
 * filing, made of one or more PAXLST (crew, passengers) and CUSCAR (cargo) messages that share the BGM document
 * number (the LRN), the message function and the port call, each checked against the structure of the UN/EDIFACT
 * directory its UNH names. Every error points at its segment and element; segments Portcullis does not map are
 * kept in the filing as received. Thread-safe.
 */
public class EdifactFilingReader implements FilingReader {

    private final DirectorySchemas schemas;

    public EdifactFilingReader() {
        this(DirectorySchemas.standard());
    }

    EdifactFilingReader(DirectorySchemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public FilingReadResult read(byte[] body) {
        EdifactInterchange interchange = EdifactInterchange.read(body, schemas);
        List<EdiMessage> messages = interchange.messages();
        EdiValues values = new EdiValues();
        List<MessageHead> heads = new ArrayList<>();
        for (EdiMessage message : messages) {
            if (message.first("BGM").isPresent()) {
                heads.add(MessageHead.read(message, values));
            }
        }
        String lrn = heads.isEmpty() || heads.get(0).lrn() == null || heads.get(0).lrn().length() > 70 ? null
                : heads.get(0).lrn();
        List<ValidationError> errors = new ArrayList<>(interchange.errors());
        if (!errors.isEmpty() || heads.size() < messages.size() || heads.isEmpty()) {
            if (heads.size() == messages.size() && !heads.isEmpty()) {
                assembleAnyway(messages, heads, values);
            }
            values.errors().stream().filter(error -> errors.stream().noneMatch(found -> found.code() == error.code()
                    && error.pointer().startsWith(found.pointer()))).forEach(errors::add);
            return new FilingReadResult.Invalid(errors.isEmpty() ? List.of(ValidationError.of(
                    ErrorCode.MALFORMED_MESSAGE, "", "the interchange holds no message")) : errors, lrn);
        }
        CarrierMessage message = assemble(messages, heads, values);
        if (!values.errors().isEmpty() || message == null) {
            return new FilingReadResult.Invalid(values.errors(), lrn);
        }
        return new FilingReadResult.Valid(message, new EdifactLocations(heads.get(0).locations()));
    }

    /** The LRN the interchange names (BGM document number or RFF+TN), read without checking the message. */
    public String lrnOf(byte[] body) {
        List<EdiMessage> messages = EdifactInterchange.read(body, schemas).messages();
        return messages.isEmpty() ? null : MessageHead.lrnOf(messages.get(0));
    }

    /** The business checks of a message whose structure has errors, so the carrier hears of everything at once. */
    private static void assembleAnyway(List<EdiMessage> messages, List<MessageHead> heads, EdiValues values) {
        try {
            assemble(messages, heads, values);
        } catch (RuntimeException structureTooBrokenToMap) {
            // the errors collected up to here are still reported
        }
    }

    private static CarrierMessage assemble(List<EdiMessage> messages, List<MessageHead> heads, EdiValues values) {
        MessageHead first = heads.get(0);
        for (int i = 1; i < heads.size(); i++) {
            disagreement(first, heads.get(i), messages.get(i), values);
        }
        if (first.function() == null || first.lrn() == null) {
            return null;
        }
        FilingHeader header = new FilingHeader(first.lrn(), null, null, first.function(), first.sentAt());
        if (first.function() == MessageFunction.CANCELLATION) {
            return new CarrierMessage.Cancellation(header, first.quotedMrn(), first.reason());
        }
        List<Consignment> consignments = new ArrayList<>();
        List<Person> crew = new ArrayList<>();
        List<Person> passengers = new ArrayList<>();
        for (EdiMessage message : messages) {
            if (message.type().equals("CUSCAR")) {
                consignments.addAll(new CuscarConsignments(values).read(message));
            } else {
                PaxlstPersons persons = new PaxlstPersons(values);
                persons.read(message);
                crew.addAll(persons.crew());
                passengers.addAll(persons.passengers());
            }
        }
        MessageHead withVoyage = heads.stream().filter(h -> h.vessel() != null && h.portCall() != null).findFirst()
                .orElse(null);
        if (withVoyage == null) {
            if (heads.stream().allMatch(h -> h.locations().get(Locations.Element.VESSEL) == null)) {
                values.error(ErrorCode.EDIFACT_SEGMENT_MISSING, messages.get(0).first("BGM").orElseThrow().at(),
                        "TDT (voyage and vessel) is missing: an original or amendment names its port call");
            }
            return null;
        }
        if (consignments.isEmpty() && crew.isEmpty() && passengers.isEmpty()) {
            values.error(ErrorCode.FILING_EMPTY, "", "the interchange carries no consignment (CNI) and no person (NAD)");
            return null;
        }
        return new CarrierMessage.Submission(new Filing(header, withVoyage.vessel(), withVoyage.portCall(),
                consignments, crew, passengers, null, List.of(), List.of(), List.of(), null, null, unmapped(messages)),
                first.quotedMrn());
    }

    /** Every segment of the messages that no mapper read, as received. */
    private static List<UnmappedSegment> unmapped(List<EdiMessage> messages) {
        return messages.stream().flatMap(m -> m.segments().stream()).filter(s -> !s.mapped())
                .map(s -> new UnmappedSegment(s.at(), s.received())).toList();
    }

    private static void disagreement(MessageHead first, MessageHead other, EdiMessage message, EdiValues values) {
        EdiSegment bgm = message.first("BGM").orElseThrow();
        if (first.lrn() != null && !first.lrn().equals(other.lrn())) {
            values.error(ErrorCode.EDIFACT_MESSAGES_DISAGREE, bgm.at(2),
                    "document number " + other.lrn() + " differs from the first message's " + first.lrn());
        }
        if (first.function() != other.function()) {
            values.error(ErrorCode.EDIFACT_MESSAGES_DISAGREE, bgm.at(3),
                    "message function differs from the first message's " + first.function());
        }
        if (first.vessel() != null && other.vessel() != null
                && (!first.vessel().imoNumber().equals(other.vessel().imoNumber())
                        || !first.portCall().portOfCall().equals(other.portCall().portOfCall()))) {
            values.error(ErrorCode.EDIFACT_MESSAGES_DISAGREE, message.first("TDT").orElseThrow().at(8),
                    "vessel or port of call differs from the first message's");
        }
    }
}
