package org.portcullis.risk.generate;

import java.util.Map;
import org.portcullis.risk.feature.ConsignmentFeatures;
import org.portcullis.risk.feature.TraderKeys;
import org.portcullis.risk.history.ConsignmentRecord;

/**
 * For benchmarks only: the generated world's own odds ({@link PlantedRisk}) of what is visible before arrival. The
 * hidden traits (a consignor that smuggles now and then, a compromised container) are left out, and undervaluation
 * is read from the features as a declared value per kg of apparel or footwear far below the usual (robust z below
 * -3). Ranking by it is the best a model could do without knowing the hidden traits.
 */
public final class VisibleOdds {

    private static final double FAR_BELOW = -3;

    private VisibleOdds() {
    }

    public static double of(ConsignmentFeatures f, ConsignmentRecord record, Map<String, Double> closeness) {
        var c = record.consignment();
        Trader consignor = new Trader(c.consignor(), 1, false,
                closeness.getOrDefault(TraderKeys.of(c.consignor()), 0.0), false);
        Trader consignee = new Trader(c.consignee(), 1, false,
                closeness.getOrDefault(TraderKeys.of(c.consignee()), 0.0), false);
        boolean farBelow = f.valueCheck() != null && f.valueCheck().robustZ() < FAR_BELOW
                && ConsignmentGenerator.APPAREL_ORIGINS.contains(f.origin())
                && f.chapters().stream().anyMatch(ConsignmentGenerator.APPAREL_CHAPTERS::contains);
        DraftConsignment visible = new DraftConsignment(c, consignor, consignee, false, farBelow, false,
                record.declaredValues());
        return new PlantedRisk().probability(visible, f.transhipped(), f.consignee().firstTime(),
                f.consignor().firstTime());
    }
}
