package org.portcullis.risk.feature;

import java.util.Objects;
import java.util.SortedSet;
import org.portcullis.model.assessment.Lane;

/**
 * What was known about one consignment before it arrived, in the terms people use (the model's columns are
 * derived from it by {@link FeatureSpace}). Definitions version {@link FeatureSpace#DEFINITIONS}.
 *
 * @param consignment       transport document (B/L) number
 * @param placeOfLoading    UN/LOCODE where the goods were loaded; {@code origin} is its country
 * @param lastPortCountry   the country of the last port the ship called at before this call (null: none given)
 * @param transhipped       the goods were loaded at a port the ship itself did not call at on its way here
 * @param valueCheck        the goods item whose value per kg strays furthest from its norm (null: no value or norm)
 * @param valuePerKg        declared value of the consignment per kg in the model's currency (null: not declared)
 * @param consigneeNewRoute the consignee never had goods loaded at this place for this port before
 * @param watchlistCloseness the closest any consignor's or consignee's name comes to a watchlist entry (0..1)
 * @param similar           the consignment's profile whose earlier consignments had the highest estimated finding
 *                          rate (null: no place of loading or HS code)
 * @param consignorNotifyParties how often the consignor's earlier consignments named no notify party (null: unknown)
 * @param containerSeals    of the consignment's containers, the one whose earlier uses were declared without a seal
 *                          most often (null: unknown)
 * @param rulesLane         the lane the rules alone gave the consignment before it was scored: without the model's
 *                          score and without random selection (null: unknown)
 */
public record ConsignmentFeatures(String consignment, String placeOfLoading, String origin, String lastPortCountry,
        int previousPorts, boolean transhipped, SortedSet<Integer> chapters, double grossMassKg, int packages,
        int goodsItems, int containers, Double valuePerKg, ValueCheck valueCheck, TrackRecord consignor,
        TrackRecord consignee, boolean consigneeNewRoute, TrackRecord carrier, TrackRecord containerHistory,
        boolean consigneeIdentifierMissing, boolean notifyPartyMissing, double unsealedContainerShare,
        int dangerousGoodsItems, double watchlistCloseness, double filingLeadHours, SimilarConsignments similar,
        DocumentRecord consignorNotifyParties, DocumentRecord containerSeals, Lane rulesLane) {

    public ConsignmentFeatures {
        Objects.requireNonNull(consignment, "consignment");
        Objects.requireNonNull(chapters, "chapters");
        Objects.requireNonNull(consignor, "consignor");
        Objects.requireNonNull(consignee, "consignee");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(containerHistory, "containerHistory");
    }
}
