package org.portcullis.risk.patterns;

import java.time.Instant;
import org.portcullis.risk.feature.ConsignmentFeatures;
import org.portcullis.risk.history.HistoricalConsignment;

/** A consignment whose goods item strays furthest from the usual value per kg (negative z: declared below it). */
public record ValueOutlier(String mrn, String consignment, Instant filedAt, String consignee, String origin,
        String hsSubheading, double valuePerKg, double medianValuePerKg, double robustZ) {

    static ValueOutlier of(HistoricalConsignment h, ConsignmentFeatures f) {
        return new ValueOutlier(h.call().mrn(), f.consignment(), h.call().filedAt(),
                h.record().consignment().consignee().name(), f.origin(), f.valueCheck().hsSubheading(),
                f.valueCheck().valuePerKg(), f.valueCheck().medianValuePerKg(), f.valueCheck().robustZ());
    }

    /** The declared value as a share of the usual one (0.25: a quarter of it). */
    public double shareOfUsual() {
        return medianValuePerKg == 0 ? 0 : valuePerKg / medianValuePerKg;
    }
}
