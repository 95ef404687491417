package org.portcullis.messaging.pcs;

import java.util.List;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.pcs.PortCallEvent;

/** What reading a PCS event gave: the event, or every error found in it. */
public sealed interface PcsEventReadResult {

    record Valid(PortCallEvent event) implements PcsEventReadResult {
    }

    record Invalid(List<ValidationError> errors) implements PcsEventReadResult {

        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid event has at least one error");
            }
        }

        /** The errors in one line, for the dead-letter reason: "CODE at /pointer: message; ...". */
        public String summary() {
            return ValidationError.summary(errors);
        }
    }
}
