package org.portcullis.risk.generate;

import java.util.Map;
import org.portcullis.risk.feature.ConsignmentFeatures;
import org.portcullis.risk.feature.DocumentRecord;
import org.portcullis.risk.feature.TrackRecord;
import org.portcullis.risk.history.TraderKeys;
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

    /**
     * The world's odds given everything visible before arrival, the hidden traits included as far as the records
     * tell them: {@link #of} combined with the posterior chance that the consignor smuggles now and then and that a
     * container is compromised, given the inspections and findings of the consignor and of the container caught most
     * often before the filing, and what the documents show (a notify party, the seals declared or not)
     * (Bayes' rule, approximately, from the generator's shares of such traders and containers;
     * {@code findingRate}: the share of inspections that found something, taken as the rate without the trait).
     * This is the ranking the visible-odds ceiling should be: {@link #of} alone ignores what a record of findings
     * says about the hidden traits, so a model reading the records can beat it.
     */
    public static double posterior(ConsignmentFeatures f, ConsignmentRecord record, Map<String, Double> closeness,
            double findingRate) {
        return posterior(f, record, closeness, findingRate, false);
    }

    /**
     * {@link #posterior} that also reads the document habits before the filing (features-3): the consignor's earlier
     * consignments without a notify party and the earlier uses without a seal of the container that had most,
     * each a likelihood ratio from the generator's own shares. Approximate: the container habit is that of one
     * container, applied to the chance that any of the consignment's containers is compromised.
     */
    public static double posteriorWithHabits(ConsignmentFeatures f, ConsignmentRecord record,
            Map<String, Double> closeness, double findingRate) {
        return posterior(f, record, closeness, findingRate, true);
    }

    private static double posterior(ConsignmentFeatures f, ConsignmentRecord record, Map<String, Double> closeness,
            double findingRate, boolean habits) {
        var c = record.consignment();
        double visible = of(f, record, closeness);
        double crookedPrior = Traders.CROOKED_SHARE / 2;
        double documents = ratio(c.notifyParty() != null, ConsignmentGenerator.NOTIFY_CROOKED,
                ConsignmentGenerator.NOTIFY);
        if (habits && f.consignorNotifyParties() != null) {
            documents *= habit(f.consignorNotifyParties(), 1 - ConsignmentGenerator.NOTIFY_CROOKED,
                    1 - ConsignmentGenerator.NOTIFY);
        }
        double crooked = posterior(odds(crookedPrior) * documents, f.consignor(), findingRate, PlantedRisk.CROOKED);
        double noneCompromised = 1;
        for (var container : c.containers()) {
            double seal = ratio(!container.seals().isEmpty(), 1 - ConsignmentGenerator.UNSEALED_COMPROMISED,
                    1 - ConsignmentGenerator.UNSEALED);
            noneCompromised *= 1 - probability(odds(Equipment.COMPROMISED_SHARE) * seal);
        }
        double sealHabit = habits && f.containerSeals() != null ? habit(f.containerSeals(),
                ConsignmentGenerator.UNSEALED_COMPROMISED, ConsignmentGenerator.UNSEALED) : 1;
        double compromised = c.containers().isEmpty() ? 0 : posterior(odds(1 - noneCompromised) * sealHabit,
                f.containerHistory(), findingRate, PlantedRisk.COMPROMISED);
        return 1 - (1 - visible) * (1 - PlantedRisk.CROOKED * crooked) * (1 - PlantedRisk.COMPROMISED * compromised);
    }

    /** The likelihood ratio of earlier documents, {@code omittedWith} / {@code omittedWithout} each an omission. */
    private static double habit(DocumentRecord r, double omittedWith, double omittedWithout) {
        return Math.pow(omittedWith / omittedWithout, r.omitted())
                * Math.pow((1 - omittedWith) / (1 - omittedWithout), r.documents() - r.omitted());
    }

    /** The likelihood ratio of what a document shows, with the trait against without it. */
    private static double ratio(boolean shown, double shownWith, double shownWithout) {
        return shown ? shownWith / shownWithout : (1 - shownWith) / (1 - shownWithout);
    }

    private static double odds(double p) {
        return p / (1 - p);
    }

    private static double probability(double odds) {
        return odds / (1 + odds);
    }

    private static double posterior(double priorOdds, TrackRecord record, double without, double trait) {
        double with = 1 - (1 - without) * (1 - Inspections.DETECTION * trait);
        double logOdds = Math.log(priorOdds) + record.findings() * Math.log(with / without)
                + (record.inspections() - record.findings()) * Math.log((1 - with) / (1 - without));
        return 1 / (1 + Math.exp(-logOdds));
    }
}
