package org.portcullis.risk.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.portcullis.model.filing.Consignment;

/**
 * A port call reduced to what the forecast and the stored cases' trade patterns read: when it was filed, its port
 * and ETA, when it arrived (null: not yet) and its consignments' traces. Made once per filing version, so that a
 * report over a long history does not parse every stored filing again.
 */
public record CallTrace(String mrn, Instant filedAt, String port, Instant eta, Instant arrivedAt,
        List<ConsignmentTrace> consignments) {

    public CallTrace {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(port, "port");
        consignments = List.copyOf(consignments);
    }

    /** The trace of a call of history. */
    public static CallTrace of(CallRecord call) {
        return new CallTrace(call.mrn(), call.filedAt(), call.port(), call.filing().portCall().eta(), call.arrivedAt(),
                call.consignments().stream().map(r -> ConsignmentTrace.of(r.consignment())).toList());
    }

    /** The same call, arrived at {@code at} (null: not yet). */
    public CallTrace arrived(Instant at) {
        return new CallTrace(mrn, filedAt, port, eta, at, consignments);
    }

    /**
     * A consignment reduced to its transport document number, its traders' keys ({@link TraderKeys}), the
     * consignee's name and the place of loading (null when the filing has none).
     */
    public record ConsignmentTrace(String reference, String consignorKey, String consigneeKey, String consigneeName,
            String placeOfLoading) {

        public static ConsignmentTrace of(Consignment c) {
            return new ConsignmentTrace(c.transportDocumentNumber(), TraderKeys.of(c.consignor()),
                    TraderKeys.of(c.consignee()), c.consignee() == null ? null : c.consignee().name(),
                    c.placeOfLoading() == null ? null : c.placeOfLoading().value());
        }
    }
}
