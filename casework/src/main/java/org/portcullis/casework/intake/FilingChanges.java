package org.portcullis.casework.intake;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.portcullis.model.intake.CarrierMessage;
import org.portcullis.model.intake.Locations;
import org.portcullis.model.intake.Locations.Element;
import org.portcullis.model.intake.Syntax;
import org.portcullis.model.clearance.ClearanceCases;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/**
 * Amendments, cancellations and answers to requests for information, each for an LRN the carrier filed before.
 * Checked in this order (ICS2-style): the LRN is known, it still stands, a quoted MRN is its case's, the message
 * was not sent before one already applied, an amendment stays on the same port call; then the clearance workflow
 * must still take the change (the case is not decided), else nothing of it is kept.
 */
@Component
class FilingChanges {

    private final FiledLrnRepository filed;
    private final CaseVersions cases;
    private final OriginalFilings originals;
    private final ClearanceCases clearance;
    private final Savepoints savepoints;
    private final Clock clock;

    FilingChanges(FiledLrnRepository filed, CaseVersions cases, OriginalFilings originals, ClearanceCases clearance,
            Savepoints savepoints, Clock clock) {
        this.filed = filed;
        this.cases = cases;
        this.originals = originals;
        this.clearance = clearance;
        this.savepoints = savepoints;
        this.clock = clock;
    }

    /** @param asReceived the SHA-256 of the message's body when it is the filing's stored form (JSON), else null */
    IntakeDecision amend(CarrierMessage.Submission amendment, Syntax syntax, Locations at, String asReceived) {
        Filing filing = amendment.filing();
        return withFiledLrn(amendment, at, (lrn, mrn) -> {
            Filing before = cases.read(filed.document(lrn), filing.header());
            Optional<ValidationError> moved = PortCall.of(before).differenceFrom(PortCall.of(filing), at);
            if (moved.isPresent()) {
                return IntakeDecision.refused(moved.get());
            }
            boolean amended = savepoints.attempt(() -> {
                filed.replace(lrn, asReceived != null ? asReceived : cases.store(filing), filing.header().sentAt(),
                        clock.instant());
                cases.addVersion(mrn, originals.merged(mrn, filing.header()), syntax);
                clearance.amend(mrn);
            });
            return amended ? IntakeDecision.accepted(NoticeType.AMENDMENT_ACCEPTED, mrn) : caseClosed(lrn, at);
        });
    }

    IntakeDecision cancel(CarrierMessage.Cancellation cancellation, Syntax syntax, Locations at) {
        FilingHeader header = cancellation.header();
        return withFiledLrn(cancellation, at, (lrn, mrn) -> {
            boolean cancelled = savepoints.attempt(() -> {
                filed.cancel(lrn, header.sentAt(), clock.instant());
                List<String> standing = filed.activeDocuments(mrn.value());
                if (standing.isEmpty()) {
                    clearance.cancel(mrn);
                } else {
                    cases.addVersion(mrn, originals.merged(mrn, header), syntax);
                    clearance.amend(mrn);
                }
            });
            return cancelled ? IntakeDecision.accepted(NoticeType.CANCELLATION_ACCEPTED, mrn) : caseClosed(lrn, at);
        });
    }

    IntakeDecision answer(CarrierMessage.InformationAnswer answer, Locations at) {
        return withFiledLrn(answer, at, (lrn, mrn) -> {
            boolean taken = savepoints.attempt(() -> {
                filed.touch(lrn, answer.header().sentAt(), clock.instant());
                clearance.provideInformation(mrn, answer.answer());
            });
            return taken ? IntakeDecision.accepted(NoticeType.INFORMATION_ACCEPTED, mrn)
                    : IntakeDecision.refused(ValidationError.of(ErrorCode.INFORMATION_NOT_REQUESTED,
                            at.of(Element.FUNCTION), "case " + mrn + " of LRN " + lrn.lrn()
                                    + " is not waiting for information"));
        });
    }

    private interface Change {
        IntakeDecision apply(FiledLrn lrn, Mrn mrn);
    }

    private IntakeDecision withFiledLrn(CarrierMessage message, Locations at, Change change) {
        FilingHeader header = message.header();
        Optional<FiledLrn> found = filed.lock(header.carrierId(), header.lrn());
        if (found.isEmpty()) {
            return IntakeDecision.refused(ValidationError.of(ErrorCode.LRN_UNKNOWN, at.of(Element.LRN),
                    "no original with LRN " + header.lrn() + " was accepted from carrier " + header.carrierId()));
        }
        FiledLrn lrn = found.get();
        if (lrn.status() == FiledLrn.Status.CANCELLED) {
            return IntakeDecision.refused(ValidationError.of(ErrorCode.LRN_CANCELLED, at.of(Element.LRN),
                    "LRN " + lrn.lrn() + " was cancelled"));
        }
        if (message.quotedMrn() != null && !message.quotedMrn().equals(lrn.mrn())) {
            return IntakeDecision.refused(ValidationError.of(ErrorCode.MRN_INVALID, at.of(Element.MRN),
                    "MRN " + message.quotedMrn() + " is not the MRN of LRN " + lrn.lrn()));
        }
        if (lrn.sentBeforeLastApplied(header.sentAt())) {
            return IntakeDecision.refused(ValidationError.of(ErrorCode.OUT_OF_ORDER, at.of(Element.SENT_AT),
                    "sent at " + header.sentAt() + ", before the message applied to LRN " + lrn.lrn()
                            + " that was sent at " + lrn.lastSentAt()));
        }
        if (filed.goodsDecided(lrn.mrn())) {
            return caseClosed(lrn, at);
        }
        return change.apply(lrn, Mrn.of(lrn.mrn()));
    }

    private static IntakeDecision caseClosed(FiledLrn lrn, Locations at) {
        return IntakeDecision.refused(ValidationError.of(ErrorCode.CASE_CLOSED, at.of(Element.FUNCTION),
                "case " + lrn.mrn() + " of LRN " + lrn.lrn() + " has been decided or has ended"));
    }
}
