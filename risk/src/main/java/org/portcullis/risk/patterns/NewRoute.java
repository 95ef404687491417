package org.portcullis.risk.patterns;

import java.time.Instant;
import org.portcullis.risk.feature.ConsignmentFeatures;
import org.portcullis.risk.history.HistoricalConsignment;

/** A known consignee whose goods were loaded at a place it never had goods loaded at for this port. */
public record NewRoute(String mrn, String consignment, Instant filedAt, String consignee, String placeOfLoading,
        String portOfCall, int earlierConsignments) {

    static NewRoute of(HistoricalConsignment h, ConsignmentFeatures f) {
        return new NewRoute(h.call().mrn(), f.consignment(), h.call().filedAt(),
                h.record().consignment().consignee().name(), f.placeOfLoading(), h.call().port(),
                f.consignee().consignments());
    }
}
