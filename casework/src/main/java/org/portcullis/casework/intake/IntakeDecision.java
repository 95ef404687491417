package org.portcullis.casework.intake;

import java.util.List;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;

/** What the intake made of a readable message: accepted (with the notice type and the case) or refused with errors. */
record IntakeDecision(NoticeType notice, Mrn mrn, List<ValidationError> errors) {

    static IntakeDecision accepted(NoticeType notice, Mrn mrn) {
        return new IntakeDecision(notice, mrn, List.of());
    }

    static IntakeDecision refused(ValidationError error) {
        return new IntakeDecision(NoticeType.REJECTED, null, List.of(error));
    }

    boolean isAccepted() {
        return errors.isEmpty();
    }
}
