package org.portcullis.risk.train;

import org.portcullis.risk.feature.ConsignmentFeatures;
import org.portcullis.risk.history.ConsignmentRecord;

/** A consignment of history with its features as of its filing and what became of it. */
public record LabelledConsignment(ConsignmentFeatures features, ConsignmentRecord record) {

    /** Inspected and something found: the label (only for inspected consignments). */
    public boolean found() {
        return record.inspected() && record.inspection().found();
    }
}
