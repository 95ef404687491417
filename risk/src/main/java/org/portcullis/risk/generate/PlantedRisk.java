package org.portcullis.risk.generate;

import java.util.Set;
import org.portcullis.model.filing.Consignment;

/**
 * The truth of the generated world: the chance that a consignment carries something an inspection would find.
 * Some risk sits where the rules look (their profiles, watchlist matches); the planted patterns sit where no single
 * rule looks, and only combinations reveal them:
 * <ul>
 * <li>fruit, juice or wood (HS 08, 20, 44) from Brazil, Panama or Costa Rica, transhipped, for a consignee never
 * seen before: 45%;</li>
 * <li>apparel or footwear (HS 61, 62, 64) from China, Bangladesh, Vietnam or Turkey declared at a fraction of the
 * usual value per kg: 40%;</li>
 * <li>a consignor that smuggles now and then: 12% of its consignments (its record shows it once caught, and it
 * leaves the notify party out more often than others: {@link ConsignmentGenerator});</li>
 * <li>a compromised container: 12% (its record shows it once caught, and it more often travels without a declared
 * seal);</li>
 * <li>a party whose name comes close to a watchlist entry without matching, with goods from the UAE or Turkey: 25%.</li>
 * </ul>
 * Everything else: 0.2%, which no model can tell apart.
 */
final class PlantedRisk {

    static final double BASE = 0.002;
    static final double CROOKED = 0.12;
    static final double COMPROMISED = 0.12;

    double probability(DraftConsignment draft, boolean transhipped, boolean consigneeFirstTime,
            boolean consignorFirstTime) {
        Consignment c = draft.consignment();
        String origin = c.placeOfLoading().country().value();
        Set<Integer> chapters = Lanes.chapters(c);
        double closeness = Math.max(draft.consignor().watchlistCloseness(), draft.consignee().watchlistCloseness());
        double none = 1 - BASE;
        if (ConsignmentGenerator.SCHEME_ORIGINS.contains(origin) && intersects(chapters,
                ConsignmentGenerator.SCHEME_CHAPTERS) && transhipped && consigneeFirstTime) {
            none *= 1 - 0.45;
        }
        none *= draft.undervalued() ? 1 - 0.40 : 1;
        none *= draft.consignor().crooked() ? 1 - CROOKED : 1;
        none *= draft.compromisedContainer() ? 1 - COMPROMISED : 1;
        if (closeness >= 0.8 && closeness < Traders.WATCHLIST_MATCH && Set.of("AE", "TR").contains(origin)) {
            none *= 1 - 0.25;
        }
        none *= 1 - whereRulesLook(origin, chapters, closeness, consignorFirstTime);
        return 1 - none;
    }

    /** The risk the rules' profiles were written for: real, but thinly spread over what they select. */
    private static double whereRulesLook(String origin, Set<Integer> chapters, double closeness,
            boolean consignorFirstTime) {
        double none = 1;
        none *= "EC".equals(origin) && chapters.contains(8) ? 1 - 0.035 : 1;
        none *= "CO".equals(origin) && chapters.contains(9) ? 1 - 0.03 : 1;
        none *= "AE".equals(origin) && chapters.contains(24) ? 1 - 0.06 : 1;
        none *= chapters.contains(93) ? 1 - 0.08 : 1;
        none *= closeness >= Traders.WATCHLIST_MATCH ? 1 - 0.25 : 1;
        none *= Set.of("IR", "RU").contains(origin) ? 1 - 0.04 : 1;
        none *= "CN".equals(origin) && (chapters.contains(61) || chapters.contains(95)) ? 1 - 0.012 : 1;
        none *= consignorFirstTime ? 1 - 0.01 : 1;
        return 1 - none;
    }

    private static boolean intersects(Set<Integer> a, Set<Integer> b) {
        return a.stream().anyMatch(b::contains);
    }
}
