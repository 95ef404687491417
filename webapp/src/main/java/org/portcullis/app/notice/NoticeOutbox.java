package org.portcullis.app.notice;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.portcullis.app.casefile.CaseFileRepository;
import org.portcullis.app.casefile.CaseSummary;
import org.portcullis.messaging.notice.NoticeJson;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.error.ValidationError;
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
 */
@Component
public class NoticeOutbox implements NoticeIssuer {

    private final NoticeRepository notices;
    private final CaseFileRepository cases;
    private final NoticeJson noticeJson;
    private final NoticeRelay relay;
    private final Clock clock;

    public NoticeOutbox(NoticeRepository notices, CaseFileRepository cases, NoticeJson noticeJson, NoticeRelay relay,
            Clock clock) {
        this.notices = notices;
        this.cases = cases;
        this.noticeJson = noticeJson;
        this.relay = relay;
        this.clock = clock;
    }

    /** A notice about a case, with the lane and the findings the carrier may see from its latest assessment. */
    @Override
    public void issue(Mrn mrn, NoticeType type, String reason) {
        CaseSummary summary = cases.summary(mrn).orElseThrow(() -> new IllegalStateException("no case " + mrn));
        Assessment assessment = cases.latestAssessment(mrn).orElse(null);
        save(new Notice(newId(), type, summary.carrierId(), summary.lrn(), mrn, summary.currentMessageId(),
                clock.instant(), assessment == null ? null : assessment.lane(), reason,
                assessment == null ? List.of() : assessment.carrierVisibleFindings(), List.of()));
    }

    public Notice accepted(InboundMessage message, Mrn mrn, String lrn) {
        return save(new Notice(newId(), NoticeType.ACCEPTED, message.carrierId(), lrn, mrn, message.messageId(),
                clock.instant(), null, null, List.of(), List.of()));
    }

    public Notice rejected(InboundMessage message, String lrn, List<ValidationError> errors) {
        return save(new Notice(newId(), NoticeType.REJECTED, message.carrierId(), lrn, null, message.messageId(),
                clock.instant(), null, null, List.of(), errors));
    }

    /** The first answer to an earlier message with the same message id, issued again under a new notice id. */
    public StoredNotice repeat(StoredNotice original) {
        String noticeId = newId();
        var now = clock.instant();
        String body = noticeJson.repeat(original.body(), noticeId, now);
        notices.insert(noticeId, original.carrierId(), original.type(), original.lrn(), original.mrn(),
                original.correlationId(), body, now);
        wakeRelayAfterCommit();
        return new StoredNotice(noticeId, 0, original.carrierId(), original.type(), original.lrn(), original.mrn(),
                original.correlationId(), body, now, null);
    }

    private Notice save(Notice notice) {
        notices.insert(notice.noticeId(), notice.carrierId(), notice.type().name(), notice.lrn(),
                notice.mrn() == null ? null : notice.mrn().value(), notice.correlationId(), noticeJson.write(notice),
                notice.issuedAt());
        wakeRelayAfterCommit();
        return notice;
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
