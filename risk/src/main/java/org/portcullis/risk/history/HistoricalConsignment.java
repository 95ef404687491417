package org.portcullis.risk.history;

/** A consignment of history together with the port call it came with. */
public record HistoricalConsignment(CallRecord call, ConsignmentRecord record) {
}
