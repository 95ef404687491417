package org.portcullis.model.notice;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.portcullis.model.agency.Formality;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.error.Warning;
import org.portcullis.model.value.Mrn;

/**
 * One notice to a carrier, correlated by the carrier's LRN, the MRN (absent for a rejected filing) and the
 * message id of the inbound message it answers. Findings are only those the authority lets carriers see.
 * {@code formality} is set on an agency's formality response and on the port call's overall state (else null);
 * {@code warnings} only on an answer that accepts a message in which something looks wrong (a past ETA).
 */
public record Notice(String noticeId, NoticeType type, String carrierId, String lrn, Mrn mrn, String correlationId,
        Instant issuedAt, Lane lane, String reason, List<Finding> findings, List<ValidationError> errors,
        Formality formality, List<Warning> warnings) {

    public Notice {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(carrierId, "carrierId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        findings = findings == null ? List.of() : List.copyOf(findings);
        errors = errors == null ? List.of() : List.copyOf(errors);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A notice without warnings. */
    public Notice(String noticeId, NoticeType type, String carrierId, String lrn, Mrn mrn, String correlationId,
            Instant issuedAt, Lane lane, String reason, List<Finding> findings, List<ValidationError> errors,
            Formality formality) {
        this(noticeId, type, carrierId, lrn, mrn, correlationId, issuedAt, lane, reason, findings, errors, formality,
                List.of());
    }

    /** A notice that is no agency's formality response. */
    public Notice(String noticeId, NoticeType type, String carrierId, String lrn, Mrn mrn, String correlationId,
            Instant issuedAt, Lane lane, String reason, List<Finding> findings, List<ValidationError> errors) {
        this(noticeId, type, carrierId, lrn, mrn, correlationId, issuedAt, lane, reason, findings, errors, null,
                List.of());
    }
}
