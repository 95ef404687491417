package org.portcullis.messaging.filing;

import java.util.List;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Filing;

/** What reading a message body gave: a filing, or every error found in it. */
public sealed interface FilingReadResult {

    record Valid(Filing filing) implements FilingReadResult {
    }

    /** The errors, and the LRN when the body was readable enough to name one (so the notice can quote it). */
    record Invalid(List<ValidationError> errors, String lrn) implements FilingReadResult {

        public Invalid(List<ValidationError> errors) {
            this(errors, null);
        }

        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid filing has at least one error");
            }
        }
    }
}
