package org.portcullis.model.filing;

import java.time.LocalDate;
import java.util.Objects;
import org.portcullis.model.value.UnLocode;

/** A port of call of the Maritime Declaration of Health: since the voyage began or in the last thirty days. */
public record RecentPortCall(UnLocode port, LocalDate departure) {

    public RecentPortCall {
        Objects.requireNonNull(port, "port");
    }
}
