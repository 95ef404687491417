package org.portcullis.casework.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.portcullis.casework.carrier.CarrierAccounts;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.AssessmentRepository.CarrierAssessment;
import org.portcullis.model.intake.Syntax;
import org.portcullis.messaging.notice.NoticeJson;
import org.portcullis.model.agency.Formality;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.error.Warning;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.notice.Notice;
import org.portcullis.model.notice.NoticeIssuer;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issues notices by writing them to the outbox in the caller's transaction; the {@link NoticeRelay} publishes them
 * once that transaction has committed. A notice therefore leaves if and only if what it announces was stored.
 * Every notice stays in the outbox for carriers that poll over HTTP until they acknowledge it; a carrier that takes
 * notices over HTTP only has nothing published to its queue, and one that asked for EDIFACT notices gets CUSRES on
 * its queue for what it filed in EDIFACT.
 */
@Component
public class NoticeOutbox implements NoticeIssuer {

    private final NoticeRepository notices;
    private final CaseFileRepository cases;
    private final NoticeJson noticeJson;
    private final NoticeRelay relay;
    private final CarrierAccounts carriers;
    private final Clock clock;
    private final Ledger ledger;

    public NoticeOutbox(NoticeRepository notices, CaseFileRepository cases, NoticeJson noticeJson, NoticeRelay relay,
            CarrierAccounts carriers, Clock clock, Ledger ledger) {
        this.notices = notices;
        this.cases = cases;
        this.noticeJson = noticeJson;
        this.relay = relay;
        this.carriers = carriers;
        this.clock = clock;
        this.ledger = ledger;
    }

    /**
     * A notice about a case, with the findings the carrier may see from its latest assessment and the lane given
     * (the control an officer decided) or else the assessment's.
     */
    @Override
    public void issue(Mrn mrn, NoticeType type, String reason, Lane lane) {
        issue(mrn, type, reason, lane, null);
    }

    /**
     * An agency's formality response or the port call's state. It carries no lane and no findings: those are customs'
     * and would tell the carrier of a referral that customs' own notices keep to themselves.
     */
    @Override
    public void issue(Mrn mrn, NoticeType type, String reason, Formality formality) {
        issue(mrn, type, reason, null, formality);
    }

    private void issue(Mrn mrn, NoticeType type, String reason, Lane lane, Formality formality) {
        NoticeRepository.CaseFacts facts = notices.caseFacts(mrn.value())
                .orElseThrow(() -> new IllegalStateException("no case " + mrn));
        // a formality carries neither lane nor findings: customs' assessment is not read for it
        CarrierAssessment assessment = formality != null ? null
                : cases.latestAssessmentForCarrier(mrn).orElse(null);
        save(new Notice(newId(), type, facts.carrierId(), facts.currentLrn(), mrn, facts.currentMessageId(),
                clock.instant(), formality != null ? null : lane != null ? lane : assessment == null ? null
                        : assessment.lane(), reason,
                assessment == null ? List.of() : assessment.carrierVisibleFindings(), List.of(), formality),
                facts.syntax());
    }

    /**
     * The answer to a message the intake accepted (ACCEPTED, AMENDMENT_ACCEPTED, CANCELLATION_ACCEPTED ...), with
     * what looked wrong in it (a past ETA).
     */
    public Notice answer(InboundMessage message, NoticeType type, Mrn mrn, String lrn, List<Warning> warnings) {
        return save(new Notice(newId(), type, message.carrierId(), lrn, mrn, message.messageId(), clock.instant(),
                null, null, List.of(), List.of(), null, warnings), Syntax.of(message.contentType()));
    }

    public Notice rejected(InboundMessage message, String lrn, List<ValidationError> errors) {
        return save(new Notice(newId(), NoticeType.REJECTED, message.carrierId(), lrn, null, message.messageId(),
                clock.instant(), null, null, List.of(), errors), Syntax.of(message.contentType()));
    }

    /** The first answer to an earlier message with the same message id, issued again under a new notice id. */
    public StoredNotice repeat(StoredNotice original) {
        String noticeId = newId();
        Instant now = clock.instant();
        StoredNotice repeated = new StoredNotice(noticeId, 0, original.carrierId(), original.type(), original.lrn(),
                original.mrn(), original.correlationId(), noticeJson.repeat(original.body(), noticeId, now),
                original.syntax(), now, publishedAtStart(original.carrierId(), now), null);
        store(repeated);
        return repeated;
    }

    private Notice save(Notice notice, Syntax filedIn) {
        Syntax syntax = filedIn == Syntax.EDIFACT && carriers.wantsEdifactNotices(notice.carrierId())
                ? Syntax.EDIFACT : Syntax.JSON;
        store(new StoredNotice(notice.noticeId(), 0, notice.carrierId(), notice.type().name(), notice.lrn(),
                notice.mrn() == null ? null : notice.mrn().value(), notice.correlationId(), noticeJson.write(notice),
                syntax, notice.issuedAt(), publishedAtStart(notice.carrierId(), notice.issuedAt()), null));
        return notice;
    }

    /** Writes the notice to the outbox and its leaf to the log, in the caller's transaction. */
    private void store(StoredNotice notice) {
        notices.insert(notice);
        ledger.record(LedgerEntries.noticeIssued(notice.noticeId(), notice.type(), notice.carrierId(), notice.mrn(),
                notice.correlationId(), notice.body(), notice.createdAt()), LedgerEntries.noticeRef(notice.noticeId()));
        wakeRelayAfterCommit();
    }

    /** Notices of carriers that poll over HTTP only are never published to a queue: they count as handed over. */
    private Instant publishedAtStart(String carrierId, Instant now) {
        return carriers.takesNoticesOnQueue(carrierId) ? null : now;
    }

    private void wakeRelayAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        } else {
            relay.wakeUp();
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
