package org.portcullis.risk.generate;

import java.time.Instant;
import java.util.List;
import org.portcullis.model.filing.Filing;

/** A generated port call before the rules, inspections and outcomes are played out. */
record DraftCall(String mrn, Filing filing, Instant arrivedAt, List<DraftConsignment> consignments) {
}
