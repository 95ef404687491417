package org.portcullis.app.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.portcullis.app.casefile.CaseFileRepository;
import org.portcullis.app.intake.InboundMessageRepository.Disposition;
import org.portcullis.app.notice.NoticeOutbox;
import org.portcullis.app.notice.NoticeRepository;
import org.portcullis.messaging.filing.FilingReadResult;
import org.portcullis.messaging.filing.JsonFilingReader;
import org.portcullis.model.clearance.ClearanceCases;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;
import org.portcullis.model.notice.Notice;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in one carrier message in one database transaction: records it as it arrived, answers a repeated message
 * id with the first answer again, rejects what cannot be read (with every error), or registers the filing under a
 * new MRN, answers ACCEPTED and opens its clearance case. Either all of that is stored, or none of it.
 */
@Service
public class FilingRegistration implements FilingIntake {

    private static final Logger log = LoggerFactory.getLogger(FilingRegistration.class);
    private static final ObjectMapper ERRORS_JSON = new ObjectMapper();

    private final InboundMessageRepository inbound;
    private final CaseFileRepository cases;
    private final NoticeRepository noticeLog;
    private final NoticeOutbox notices;
    private final JsonFilingReader reader;
    private final ClearanceCases clearance;
    private final CountryCode authority;
    private final Clock clock;

    public FilingRegistration(InboundMessageRepository inbound, CaseFileRepository cases, NoticeRepository noticeLog,
            NoticeOutbox notices, JsonFilingReader reader, ClearanceCases clearance, AuthorityProperties authority,
            Clock clock) {
        this.inbound = inbound;
        this.cases = cases;
        this.noticeLog = noticeLog;
        this.notices = notices;
        this.reader = reader;
        this.clearance = clearance;
        this.authority = CountryCode.of(authority.country());
        this.clock = clock;
    }

    @Override
    @Transactional
    public IntakeReceipt receive(InboundMessage message) {
        if (!isUsableMessageId(message.messageId())) {
            InboundMessage withoutId = new InboundMessage(null, message.carrierId(), message.contentType(),
                    message.channel(), message.body(), message.receivedAt());
            return reject(withoutId, lrnIn(message.body()), List.of(ValidationError.of(ErrorCode.MISSING_MESSAGE_ID, "",
                    "the messageId property is missing, blank, longer than 128 characters or holds control characters")));
        }
        if (inbound.exists(message.carrierId(), message.messageId())) {
            return noticeLog.firstAnswerTo(message.carrierId(), message.messageId())
                    .map(original -> notices.repeat(original))
                    .map(repeated -> new IntakeReceipt(repeated.noticeId(),
                            NoticeType.valueOf(repeated.type()),
                            repeated.mrn() == null ? null : Mrn.of(repeated.mrn()), true))
                    .orElseThrow(() -> new IllegalStateException("message " + message.messageId() + " of "
                            + message.carrierId() + " was recorded without an answer"));
        }
        List<ValidationError> transportErrors = transportErrors(message);
        if (!transportErrors.isEmpty()) {
            return reject(message, null, transportErrors);
        }
        FilingReadResult read = reader.read(message.body());
        if (read instanceof FilingReadResult.Invalid invalid) {
            return reject(message, invalid.lrn(), invalid.errors());
        }
        Filing filing = ((FilingReadResult.Valid) read).filing().withTransport(message.messageId(), message.carrierId());
        List<ValidationError> filingErrors = registrationErrors(filing);
        if (!filingErrors.isEmpty()) {
            return reject(message, filing.header().lrn(), filingErrors);
        }
        return register(message, filing);
    }

    private IntakeReceipt register(InboundMessage message, Filing filing) {
        long serial = inbound.record(message, Disposition.ACCEPTED, null);
        Mrn mrn = Mrn.issue(clock.instant().atZone(ZoneOffset.UTC).getYear(), authority, serial);
        inbound.linkToCase(serial, mrn.value());
        cases.register(mrn, filing);
        Notice accepted = notices.accepted(message, mrn, filing.header().lrn());
        clearance.open(mrn);
        log.info("Registered filing {} of carrier {} as {}", filing.header().lrn(), message.carrierId(), mrn);
        return new IntakeReceipt(accepted.noticeId(), accepted.type(), mrn, false);
    }

    private IntakeReceipt reject(InboundMessage message, String lrn, List<ValidationError> errors) {
        inbound.record(message, Disposition.REJECTED, toJson(errors));
        Notice rejected = notices.rejected(message, lrn, errors);
        log.info("Rejected message {} of carrier {}: {} error(s), first {}", message.messageId(), message.carrierId(),
                errors.size(), errors.get(0).code());
        return new IntakeReceipt(rejected.noticeId(), rejected.type(), null, false);
    }

    /** A message id is stored and quoted back as the correlation id: it must fit its column and hold no control character. */
    private static boolean isUsableMessageId(String messageId) {
        return messageId != null && !messageId.isBlank() && messageId.length() <= 128
                && messageId.chars().noneMatch(Character::isISOControl);
    }

    /** The LRN of a body the carrier sent without a usable message id, so that the notice can quote it. */
    private String lrnIn(byte[] body) {
        FilingReadResult read = reader.read(body);
        return read instanceof FilingReadResult.Valid valid ? valid.filing().header().lrn()
                : ((FilingReadResult.Invalid) read).lrn();
    }

    private static List<ValidationError> transportErrors(InboundMessage message) {
        String contentType = message.contentType();
        if (contentType != null && !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return List.of(ValidationError.of(ErrorCode.UNSUPPORTED_CONTENT_TYPE, "",
                    "contentType '" + contentType + "' is not accepted"));
        }
        return List.of();
    }

    private List<ValidationError> registrationErrors(Filing filing) {
        if (filing.header().function() != MessageFunction.ORIGINAL) {
            return List.of(ValidationError.of(ErrorCode.FUNCTION_NOT_SUPPORTED, "/header/function",
                    "message function " + filing.header().function() + " is not accepted yet"));
        }
        if (cases.existsForLrn(filing.header().carrierId(), filing.header().lrn())) {
            return List.of(ValidationError.of(ErrorCode.LRN_ALREADY_FILED, "/header/lrn",
                    "LRN " + filing.header().lrn() + " was already filed as an original"));
        }
        return List.of();
    }

    private static String toJson(List<ValidationError> errors) {
        try {
            return ERRORS_JSON.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
