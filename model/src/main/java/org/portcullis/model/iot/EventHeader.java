package org.portcullis.model.iot;

import java.time.Instant;
import java.util.Objects;

/** The checks every event's common fields pass: an event id and an operator that are not blank, a time. */
final class EventHeader {

    private EventHeader() {
    }

    static void check(String eventId, String operator, Instant observedAt) {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("an event needs an event id");
        }
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("an event needs the operator that published it");
        }
        Objects.requireNonNull(observedAt, "observedAt");
    }
}
