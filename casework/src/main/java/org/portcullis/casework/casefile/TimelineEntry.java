package org.portcullis.casework.casefile;

import org.portcullis.casework.cases.InformationAnswer;
import org.portcullis.casework.cases.CaseInspection;
import org.portcullis.casework.cases.CaseHistoryRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.portcullis.casework.notice.StoredNotice;
import org.portcullis.casework.pcs.StoredPcsNotice;
import org.portcullis.casework.redress.RedressRecord;
import org.portcullis.casework.pcs.StoredPortCallEvent;
import org.portcullis.model.clearance.OfficerDecision;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One event in the life of a case, for the timeline: when, what kind (message in, assessment, decision, control,
 * port call, notice out), and the message key and arguments that describe it; an argument that is a code (a lane,
 * a decision, a notice type) is a message key of its own, so that the page shows it in the reader's language.
 */
public record TimelineEntry(Instant at, Kind kind, String messageKey, List<Object> args) {

    /** What kind of event: the direction of a message or who acted. */
    public enum Kind { MESSAGE_IN, ASSESSMENT, DECISION, CONTROL, PORT_CALL, NOTICE_OUT, REDRESS }

    public Object[] argArray() {
        return args.toArray();
    }

    /** The case's events in time order. */
    static List<TimelineEntry> inOrder(Stream<TimelineEntry> entries) {
        return entries.filter(entry -> entry.at() != null).sorted(Comparator.comparing(TimelineEntry::at)).toList();
    }

    static TimelineEntry messageIn(CaseHistoryRepository.MessageIn m) {
        return new TimelineEntry(m.receivedAt(), Kind.MESSAGE_IN, "timeline.messageIn",
                List.of(m.messageId() == null ? "-" : m.messageId(), label("channel.", m.channel()),
                        label("disposition.", m.disposition())));
    }

    static TimelineEntry answer(InformationAnswer a) {
        return new TimelineEntry(a.receivedAt(), Kind.MESSAGE_IN, "timeline.answer", List.of(a.answer()));
    }

    static TimelineEntry assessment(CaseHistoryRepository.AssessmentRecord a) {
        return new TimelineEntry(a.assessedAt(), Kind.ASSESSMENT, "timeline.assessment",
                List.of(a.filingVersion(), label("lane.", a.lane()), label("outcome.", a.outcome()), a.findings(),
                        a.ruleSetVersion()));
    }

    static TimelineEntry decision(OfficerDecision d) {
        return new TimelineEntry(d.decidedAt(), Kind.DECISION, "timeline.decision",
                List.of(d.officer(), label("decision.", d.decision().name()), d.reason()));
    }

    /** An inspection as scheduled and, once recorded, its result. */
    static Stream<TimelineEntry> inspection(CaseInspection i) {
        TimelineEntry scheduled = new TimelineEntry(i.scheduledAt(), Kind.CONTROL, "timeline.inspectionScheduled",
                List.of(i.scheduledBy(), i.place(), i.inspector()));
        if (i.verdict() == null) {
            return Stream.of(scheduled);
        }
        return Stream.of(scheduled, new TimelineEntry(i.recordedAt(), Kind.CONTROL, "timeline.inspectionResult",
                List.of(i.recordedBy(), label("inspectionResult.", i.verdict().name()), i.details())));
    }

    /** A redress record as marked and, once decided, approved, rejected or revoked. */
    static Stream<TimelineEntry> redress(RedressRecord r) {
        String subject = r.subjectReference() + " / " + r.entryId() + " (" + r.listName() + ")";
        Stream.Builder<TimelineEntry> entries = Stream.builder();
        entries.add(new TimelineEntry(r.markedAt(), Kind.REDRESS, "timeline.redressMarked",
                List.of(r.markedBy(), subject, r.reason(), String.valueOf(r.expiresOn()), r.markedOn().name())));
        if (r.approvedAt() != null) {
            entries.add(new TimelineEntry(r.approvedAt(), Kind.REDRESS, "timeline.redressApproved",
                    List.of(r.approvedBy(), subject)));
        }
        if (r.rejectedAt() != null) {
            entries.add(new TimelineEntry(r.rejectedAt(), Kind.REDRESS, "timeline.redressRejected",
                    List.of(r.rejectedBy(), subject, r.closingReason())));
        }
        if (r.revokedAt() != null) {
            entries.add(new TimelineEntry(r.revokedAt(), Kind.REDRESS, "timeline.redressRevoked",
                    List.of(r.revokedBy(), subject, r.closingReason())));
        }
        return entries.build();
    }

    static TimelineEntry portCallEvent(StoredPortCallEvent e) {
        String key = switch (e.type()) {
            case VESSEL_ARRIVED -> "timeline.vesselArrived";
            case VESSEL_DEPARTED -> "timeline.vesselDeparted";
        };
        return new TimelineEntry(e.receivedAt(), Kind.PORT_CALL, key,
                List.of(e.eventId(), e.berth() == null ? "-" : e.berth()));
    }

    static TimelineEntry notice(StoredNotice n) {
        return new TimelineEntry(n.createdAt(), Kind.NOTICE_OUT,
                n.publishedAt() == null ? "timeline.noticePending" : "timeline.noticeOut",
                List.of(label("noticeType.", n.type()), n.carrierId()));
    }

    static TimelineEntry terminalNotice(StoredPcsNotice n) {
        return new TimelineEntry(n.createdAt(), Kind.NOTICE_OUT,
                n.publishedAt() == null ? "timeline.terminalNoticePending" : "timeline.terminalNotice",
                List.of(label("containerStatus.", n.containerStatus()), n.containerNumber()));
    }

    /** A code shown as its label in the reader's language (the code itself when the bundles lack it). */
    private static Object label(String prefix, String code) {
        return code == null ? "-" : new DefaultMessageSourceResolvable(new String[] {prefix + code}, code);
    }
}
