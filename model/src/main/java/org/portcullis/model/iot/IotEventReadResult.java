package org.portcullis.model.iot;

import java.util.List;
import org.portcullis.model.error.ValidationError;

/** What reading a sensor event gave: the event, or every error found in it. */
public sealed interface IotEventReadResult {

    record Valid(IotEvent event) implements IotEventReadResult {
    }

    record Invalid(List<ValidationError> errors) implements IotEventReadResult {

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
