package org.portcullis.casework.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.portcullis.ledger.EntryKind;
import org.portcullis.ledger.LogEntry;
import org.portcullis.ledger.merkle.MerkleHash;
import org.portcullis.model.clearance.InspectionOrder;
import org.portcullis.model.clearance.InspectionResult;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.intake.InboundMessage;

/**
 * What each kind of leaf says (docs/ledger.md lists the fields). Documents are named by their SHA-256, never
 * copied into the log; a reason is logged as its digest, so the log holds no free text.
 */
public final class LedgerEntries {

    private LedgerEntries() {
    }

    /** The reference under which a message's leaf is found again, for its receipt. */
    public static String messageRef(String carrierId, String messageId) {
        return "message/" + carrierId + "/" + messageId;
    }

    public static String noticeRef(String noticeId) {
        return "notice/" + noticeId;
    }

    /** The reference of a notice to the port community system's leaf. */
    public static String pcsNoticeRef(String noticeId) {
        return "pcs-notice/" + noticeId;
    }

    /** The reference of a redress record's steps' leaves. */
    public static String redressRef(long redressId) {
        return "redress/" + redressId;
    }

    public static LogEntry messageReceived(InboundMessage message) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("carrier", text(message.carrierId()));
        fields.put("messageId", text(message.messageId()));
        fields.put("channel", message.channel().name());
        fields.put("contentType", text(message.contentType()));
        fields.put("sha256", sha256(message.body() == null ? new byte[0] : message.body()));
        return new LogEntry(EntryKind.MESSAGE_RECEIVED, message.receivedAt(), fields);
    }

    public static LogEntry officerDecision(OfficerDecision decision) {
        return new LogEntry(EntryKind.OFFICER_DECISION, decision.decidedAt(), Map.of(
                "mrn", decision.mrn().value(), "decision", decision.decision().name(),
                "officer", text(decision.officer()), "reasonSha256", sha256(text(decision.reason()))));
    }

    /** An inspection's result is the inspecting officer's decision: the verdict, and the details as their digest. */
    public static LogEntry inspectionResult(InspectionResult result) {
        return new LogEntry(EntryKind.OFFICER_DECISION, result.recordedAt(), Map.of(
                "mrn", result.mrn().value(), "decision", "INSPECTION_" + result.verdict().name(),
                "officer", text(result.officer()), "reasonSha256", sha256(text(result.details()))));
    }

    /** An agency's officer's decision on its part of a case: as customs' decisions, with the agency. */
    public static LogEntry agencyDecision(String agency, OfficerDecision decision) {
        return new LogEntry(EntryKind.OFFICER_DECISION, decision.decidedAt(), Map.of("agency", text(agency),
                "mrn", decision.mrn().value(), "decision", decision.decision().name(),
                "officer", text(decision.officer()), "reasonSha256", sha256(text(decision.reason()))));
    }

    /** An inspection as scheduled: who ordered it, the inspecting officer, when; the place (typed text) as digest. */
    public static LogEntry inspectionOrdered(InspectionOrder order) {
        return new LogEntry(EntryKind.INSPECTION_ORDERED, order.scheduledAt(), Map.of("mrn", order.mrn().value(),
                "officer", text(order.scheduledBy()), "inspector", text(order.inspector()),
                "scheduledFor", order.scheduledFor().toString(), "placeSha256", sha256(text(order.place()))));
    }

    /**
     * A step of a redress record (MARKED, APPROVED, REJECTED, REVOKED): the record, the agency whose match it is,
     * the case and the officer; the reason as its digest (an approval takes none). Never the person or the entry.
     */
    public static LogEntry redressStep(long redressId, String step, String agency, String mrn, String officer,
            String reason, Instant at) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("redressId", Long.toString(redressId));
        fields.put("step", step);
        fields.put("agency", text(agency));
        fields.put("mrn", text(mrn));
        fields.put("officer", text(officer));
        if (reason != null) {
            fields.put("reasonSha256", sha256(reason));
        }
        return new LogEntry(EntryKind.REDRESS_DECISION, at, fields);
    }

    /** A container's status told to the terminal through the port community system. */
    public static LogEntry containerStatusNotice(String noticeId, String mrn, String container, String status,
            String body, Instant at) {
        return new LogEntry(EntryKind.PCS_NOTICE_ISSUED, at, Map.of("noticeId", noticeId, "type", "CONTAINER_STATUS",
                "mrn", text(mrn), "container", text(container), "status", text(status), "sha256", sha256(text(body))));
    }

    /** Port health's free pratique told to the port community system. */
    public static LogEntry freePratiqueNotice(String noticeId, String mrn, String freePratique, String body,
            Instant at) {
        return new LogEntry(EntryKind.PCS_NOTICE_ISSUED, at, Map.of("noticeId", noticeId, "type", "FREE_PRATIQUE",
                "mrn", text(mrn), "status", text(freePratique), "sha256", sha256(text(body))));
    }

    public static LogEntry ruleSetLive(String version, Instant liveFrom, String activatedBy, String source,
            byte[] files) {
        return new LogEntry(EntryKind.RULE_SET_LIVE, liveFrom, Map.of("version", version,
                "activatedBy", text(activatedBy), "source", text(source), "filesSha256", sha256(files)));
    }

    public static LogEntry noticeIssued(String noticeId, String type, String carrierId, String mrn,
            String correlationId, String body, Instant issuedAt) {
        return new LogEntry(EntryKind.NOTICE_ISSUED, issuedAt, Map.of("noticeId", noticeId, "type", type,
                "carrier", text(carrierId), "mrn", text(mrn), "correlationId", text(correlationId),
                "sha256", sha256(text(body))));
    }

    public static String certificateRef(String certificateId) {
        return "certificate/" + certificateId;
    }

    /** A clearance certificate: its number, case, the log index of the release it certifies, its JWS's digest. */
    public static LogEntry certificateIssued(String certificateId, String mrn, long releaseIndex, String jws,
            Instant issuedAt) {
        return new LogEntry(EntryKind.CERTIFICATE_ISSUED, issuedAt, Map.of("certificateId", certificateId,
                "mrn", mrn, "releaseLogIndex", Long.toString(releaseIndex), "sha256", sha256(jws)));
    }

    /** An access to personal data: the officer, the agency and its agreement's legal basis (as its digest), the case. */
    public static LogEntry personalDataAccessed(String officer, String agency, String legalBasis, String mrn,
            String shown, Instant at) {
        return new LogEntry(EntryKind.PERSONAL_DATA_ACCESSED, at, Map.of("officer", text(officer), "agency",
                text(agency), "legalBasisSha256", sha256(text(legalBasis)), "mrn", text(mrn), "shown", text(shown)));
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(MerkleHash.sha256(bytes));
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
