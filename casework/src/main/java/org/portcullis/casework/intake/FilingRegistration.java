package org.portcullis.casework.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.documents.ParsedFilings;
import org.portcullis.casework.intake.InboundMessageRepository.Disposition;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.casework.notice.NoticeOutbox;
import org.portcullis.casework.notice.NoticeRepository;
import org.portcullis.casework.notice.StoredNotice;
import org.portcullis.model.intake.CarrierMessage;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.model.intake.Locations;
import org.portcullis.model.intake.Syntax;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.error.Warning;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;
import org.portcullis.model.notice.Notice;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in one carrier message in one database transaction: records it as it arrived, answers a repeated message
 * id with the first answer again, rejects what cannot be read (with every error), and otherwise registers an
 * original, amends or cancels an LRN, or passes on an answer to a request for information, with the notice that
 * says so. Either all of that is stored, or none of it.
 */
@Service
public class FilingRegistration implements FilingIntake {

    private static final Logger log = LoggerFactory.getLogger(FilingRegistration.class);
    private static final ObjectMapper ERRORS_JSON = new ObjectMapper();
    private static final int MAX_MESSAGE_ID_LENGTH = 128;

    private final InboundMessageRepository inbound;
    private final NoticeRepository noticeLog;
    private final NoticeOutbox notices;
    private final OriginalFilings originals;
    private final FilingChanges changes;
    private final Ledger ledger;
    private final ParsedFilings parsed;

    public FilingRegistration(InboundMessageRepository inbound, NoticeRepository noticeLog, NoticeOutbox notices,
            OriginalFilings originals, FilingChanges changes, Ledger ledger, ParsedFilings parsed) {
        this.inbound = inbound;
        this.noticeLog = noticeLog;
        this.notices = notices;
        this.originals = originals;
        this.changes = changes;
        this.ledger = ledger;
        this.parsed = parsed;
    }

    @Override
    @Transactional
    public IntakeReceipt receive(InboundMessage message, FilingReadResult read) {
        Optional<IntakeReceipt> repeated = repeatedAnswer(message);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        InboundMessageRepository.RecordedMessage recorded = inbound.record(message);
        long serial = recorded.serial();
        logReceived(message);
        if (!hasUsableMessageId(message)) {
            return reject(serial, withUsableMessageId(message), lrnIn(read),
                    List.of(ValidationError.of(ErrorCode.MISSING_MESSAGE_ID, "",
                    "the messageId is missing, blank, longer than " + MAX_MESSAGE_ID_LENGTH
                            + " characters or holds control characters")));
        }
        if (read instanceof FilingReadResult.Invalid invalid) {
            return reject(serial, message, invalid.lrn(), invalid.errors());
        }
        FilingReadResult.Valid valid = (FilingReadResult.Valid) read;
        CarrierMessage carrierMessage = valid.message().withTransport(message.messageId(), message.carrierId());
        Syntax syntax = Syntax.of(message.contentType());
        // A JSON filing's body is itself the published document a filing is stored as: the LRN and the case refer to
        // it rather than store it again.
        String asReceived = syntax == Syntax.JSON ? recorded.bodySha256() : null;
        IntakeDecision decision = decide(serial, carrierMessage, syntax, valid.locations(), asReceived);
        String lrn = carrierMessage.header().lrn();
        if (!decision.isAccepted()) {
            return reject(serial, message, lrn, decision.errors());
        }
        inbound.complete(serial, Disposition.ACCEPTED, null, decision.mrn());
        if (asReceived != null && carrierMessage instanceof CarrierMessage.Submission submission) {
            // what reading the stored body back would give: the assessments take it from here, not parse it again
            parsed.keep(asReceived, submission.filing(), message.body().length);
        }
        List<Warning> warnings = ArrivalWarnings.of(carrierMessage, message.receivedAt(), valid.locations());
        Notice answer = notices.answer(message, decision.notice(), decision.mrn(), lrn, warnings);
        log.info("{} for {} {} of carrier {} (case {}){}", decision.notice(), carrierMessage.header().function(), lrn,
                message.carrierId(), decision.mrn(), warnings.isEmpty() ? "" : ", warned: "
                        + warnings.stream().map(warning -> warning.code().name()).toList());
        return new IntakeReceipt(answer.noticeId(), answer.type(), decision.mrn(), false);
    }

    private IntakeDecision decide(long serial, CarrierMessage message, Syntax syntax, Locations at,
            String asReceived) {
        if (message instanceof CarrierMessage.Submission submission) {
            return message.header().function() == MessageFunction.ORIGINAL
                    ? originals.register(serial, submission.filing(), submission.quotedMrn(), syntax, at, asReceived)
                    : changes.amend(submission, syntax, at, asReceived);
        }
        if (message instanceof CarrierMessage.Cancellation cancellation) {
            return changes.cancel(cancellation, syntax, at);
        }
        return changes.answer((CarrierMessage.InformationAnswer) message, at);
    }

    @Override
    @Transactional
    public IntakeReceipt refuse(InboundMessage message, String lrn, ValidationError reason) {
        Optional<IntakeReceipt> repeated = repeatedAnswer(message);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        long serial = inbound.recordWithoutBody(message);
        logReceived(message);
        return reject(serial, withUsableMessageId(message), lrn, List.of(reason));
    }

    /** Every message recorded is a leaf of the log, found again by carrier and message id for its receipt. */
    private void logReceived(InboundMessage message) {
        ledger.record(LedgerEntries.messageReceived(message), hasUsableMessageId(message)
                ? LedgerEntries.messageRef(message.carrierId(), message.messageId()) : null);
    }

    /** The message, or without its message id if that is unusable (its notice then quotes none: it cannot be stored). */
    private static InboundMessage withUsableMessageId(InboundMessage message) {
        if (hasUsableMessageId(message)) {
            return message;
        }
        return new InboundMessage(null, message.carrierId(), message.contentType(), message.channel(), message.body(),
                message.receivedAt(), message.deliveryId());
    }

    /**
     * The answer to a message id this carrier used before: the first answer again, under a new notice id, when the
     * carrier sent the message again; nothing new when the broker delivers again a message that was handled (the
     * application stopped after its database commit and before it acknowledged the message): that message's answer
     * is in the outbox already.
     */
    private Optional<IntakeReceipt> repeatedAnswer(InboundMessage message) {
        if (!hasUsableMessageId(message)) {
            return Optional.empty();
        }
        Optional<InboundMessageRepository.Recorded> recorded = inbound.recorded(message.carrierId(),
                message.messageId());
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        StoredNotice first = noticeLog.firstAnswerTo(message.carrierId(), message.messageId())
                .orElseThrow(() -> new IllegalStateException("message " + message.messageId() + " of "
                        + message.carrierId() + " was recorded without an answer"));
        if (message.isRedeliveryOf(recorded.get().deliveryId())) {
            log.info("Message {} of carrier {} delivered again by the broker after it was handled; its answer {} "
                    + "stands", message.messageId(), message.carrierId(), first.noticeId());
            return Optional.of(receipt(first));
        }
        return Optional.of(receipt(notices.repeat(first)));
    }

    private static IntakeReceipt receipt(StoredNotice answer) {
        return new IntakeReceipt(answer.noticeId(), NoticeType.valueOf(answer.type()),
                answer.mrn() == null ? null : Mrn.of(answer.mrn()), true);
    }

    private IntakeReceipt reject(long serial, InboundMessage message, String lrn, List<ValidationError> errors) {
        inbound.complete(serial, Disposition.REJECTED, toJson(errors), null);
        Notice rejected = notices.rejected(message, lrn, errors);
        log.info("Rejected message {} of carrier {}: {} error(s), first {}", message.messageId(), message.carrierId(),
                errors.size(), errors.get(0).code());
        return new IntakeReceipt(rejected.noticeId(), rejected.type(), null, false);
    }

    private static boolean hasUsableMessageId(InboundMessage message) {
        return InboundMessageRepository.isUsableMessageId(message.messageId());
    }

    /**
     * The LRN of a message refused for its envelope (no usable message id), so that its notice quotes the LRN and
     * the carrier can tell which message it answers.
     */
    private static String lrnIn(FilingReadResult read) {
        return read instanceof FilingReadResult.Valid valid ? valid.message().header().lrn()
                : ((FilingReadResult.Invalid) read).lrn();
    }

    private static String toJson(List<ValidationError> errors) {
        try {
            return ERRORS_JSON.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
