package org.portcullis.risk.patterns;

import java.time.Instant;
import java.util.List;

/**
 * The trade patterns of a window: how many consignments were looked at and how many had a declared value with a
 * norm to compare it with (live filings of the published formats declare none), the value outliers and new routes.
 */
public record TradePatternReport(Instant from, Instant to, int consignments, int valued,
        List<ValueOutlier> valueOutliers, List<NewRoute> newRoutes) {

    public TradePatternReport {
        valueOutliers = List.copyOf(valueOutliers);
        newRoutes = List.copyOf(newRoutes);
    }
}
