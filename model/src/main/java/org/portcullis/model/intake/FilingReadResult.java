package org.portcullis.model.intake;

import java.util.List;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Filing;

/** What reading a message body gave: a carrier message with the locations of its elements, or every error. */
public sealed interface FilingReadResult {

    /** The LRN the body names, or null when it could not be read that far. */
    String lrn();

    record Valid(CarrierMessage message, Locations locations) implements FilingReadResult {

        @Override
        public String lrn() {
            return message.header().lrn();
        }

        /** The filing of an original or amendment; fails for other messages. */
        public Filing filing() {
            if (message instanceof CarrierMessage.Submission submission) {
                return submission.filing();
            }
            throw new IllegalStateException("a " + message.header().function() + " carries no filing");
        }
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
