package org.portcullis.risk.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.portcullis.model.filing.Filing;

/**
 * One port call in history: its MRN, the filing as it stood (header sent-at is when it was filed), when the ship
 * actually arrived (null: not yet), and what became of each consignment.
 */
public record CallRecord(String mrn, Filing filing, Instant arrivedAt, List<ConsignmentRecord> consignments) {

    public CallRecord {
        Objects.requireNonNull(mrn, "mrn");
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(filing.header().sentAt(), "filing.header.sentAt");
        consignments = List.copyOf(consignments);
    }

    public Instant filedAt() {
        return filing.header().sentAt();
    }

    public String port() {
        return filing.portCall().portOfCall().value();
    }
}
