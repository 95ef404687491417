package org.portcullis.app.casefile;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.portcullis.app.notice.StoredNotice;
import org.portcullis.model.clearance.OfficerDecision;

/**
 * One event in the life of a case, for the timeline: when, what kind (message in, assessment, decision, notice
 * out), and the message key and arguments that describe it.
 */
public record TimelineEntry(Instant at, Kind kind, String messageKey, List<Object> args) {

    /** What kind of event: the direction of a message or who acted. */
    public enum Kind { MESSAGE_IN, ASSESSMENT, DECISION, NOTICE_OUT }

    public Object[] argArray() {
        return args.toArray();
    }

    /** The case's events in time order. */
    static List<TimelineEntry> of(List<CaseHistoryRepository.MessageIn> messages,
            List<CaseHistoryRepository.AssessmentRecord> assessments, List<OfficerDecision> decisions,
            List<StoredNotice> notices) {
        return Stream.of(
                messages.stream().map(m -> new TimelineEntry(m.receivedAt(), Kind.MESSAGE_IN,
                        "timeline.messageIn", List.of(nullToDash(m.messageId()), m.channel(), m.disposition()))),
                assessments.stream().map(a -> new TimelineEntry(a.assessedAt(), Kind.ASSESSMENT,
                        "timeline.assessment", List.of(a.filingVersion(), a.lane(), a.outcome(), a.findings(),
                                a.ruleSetVersion()))),
                decisions.stream().map(d -> new TimelineEntry(d.decidedAt(), Kind.DECISION, "timeline.decision",
                        List.of(d.officer(), d.decision().name(), d.reason()))),
                notices.stream().map(n -> new TimelineEntry(n.createdAt(), Kind.NOTICE_OUT,
                        n.publishedAt() == null ? "timeline.noticePending" : "timeline.noticeOut",
                        List.of(n.type(), n.carrierId()))))
                .flatMap(s -> s)
                .sorted(Comparator.comparing(TimelineEntry::at))
                .toList();
    }

    private static String nullToDash(String text) {
        return text == null ? "-" : text;
    }
}
