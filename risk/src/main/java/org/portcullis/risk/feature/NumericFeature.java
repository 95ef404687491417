package org.portcullis.risk.feature;

import java.util.function.ToDoubleFunction;

/**
 * The model's numeric columns, each computed from {@link ConsignmentFeatures}; NaN means unknown. A column marked
 * as raising (or lowering) may only raise (lower) the score as its value grows: training holds the model
 * to that (XGBoost's monotone constraints), the prior knowledge that keeps a model learning from few findings from
 * reading noise as a pattern (more earlier findings never make a consignment look safer).
 */
public enum NumericFeature {
    GROSS_MASS("gross_mass_log", "declared gross mass of the consignment (log kg)", f -> Math.log1p(f.grossMassKg())),
    PACKAGES("packages_log", "number of packages (log)", f -> Math.log1p(f.packages())),
    GOODS_ITEMS("goods_items", "number of goods items", ConsignmentFeatures::goodsItems),
    CONTAINERS("containers", "number of containers", ConsignmentFeatures::containers),
    VALUE_PER_KG("value_per_kg_log", "declared value per kg (log)",
            f -> f.valuePerKg() == null || f.valuePerKg() <= 0 ? Double.NaN : Math.log(f.valuePerKg())),
    VALUE_DEVIATION("value_robust_z", "robust z-score of value per kg against its HS subheading and origin",
            f -> f.valueCheck() == null ? Double.NaN : f.valueCheck().robustZ(), Monotone.LOWERS),
    CONSIGNOR_FIRST_TIME("consignor_first_time", "consignor never filed here before",
            f -> flag(f.consignor().firstTime()), Monotone.RAISES),
    CONSIGNOR_CONSIGNMENTS("consignor_consignments_log", "consignor's earlier consignments (log)",
            f -> Math.log1p(f.consignor().consignments())),
    CONSIGNOR_INSPECTIONS("consignor_inspections", "consignor's earlier inspections", f -> f.consignor().inspections()),
    CONSIGNOR_FINDINGS("consignor_findings", "consignor's earlier inspections that found something",
            f -> f.consignor().findings(), Monotone.RAISES),
    CONSIGNEE_FIRST_TIME("consignee_first_time", "consignee never received goods here before",
            f -> flag(f.consignee().firstTime()), Monotone.RAISES),
    CONSIGNEE_CONSIGNMENTS("consignee_consignments_log", "consignee's earlier consignments (log)",
            f -> Math.log1p(f.consignee().consignments())),
    CONSIGNEE_INSPECTIONS("consignee_inspections", "consignee's earlier inspections", f -> f.consignee().inspections()),
    CONSIGNEE_FINDINGS("consignee_findings", "consignee's earlier inspections that found something",
            f -> f.consignee().findings(), Monotone.RAISES),
    CONSIGNEE_NEW_ROUTE("consignee_new_route", "consignee never had goods loaded there for this port",
            f -> flag(f.consigneeNewRoute()), Monotone.RAISES),
    CARRIER_FINDING_RATE("carrier_finding_rate", "share of the carrier's inspections that found something (smoothed)",
            f -> f.carrier().findingRate(0.1, 20), Monotone.RAISES),
    CONTAINER_USES("container_uses", "earlier consignments in the consignment's container",
            f -> f.containerHistory().consignments()),
    CONTAINER_FINDINGS("container_findings", "earlier findings in the consignment's container",
            f -> f.containerHistory().findings(), Monotone.RAISES),
    TRANSHIPPED("transhipped", "loaded at a port the ship did not call at (transhipment)", f -> flag(f.transhipped()),
            Monotone.RAISES),
    PREVIOUS_PORTS("previous_ports", "ports the ship called at before this call", ConsignmentFeatures::previousPorts),
    CONSIGNEE_ID_MISSING("consignee_identifier_missing", "consignee without EORI or TIN",
            f -> flag(f.consigneeIdentifierMissing()), Monotone.RAISES),
    NOTIFY_PARTY_MISSING("notify_party_missing", "no notify party", f -> flag(f.notifyPartyMissing())),
    UNSEALED_CONTAINERS("unsealed_container_share", "share of containers without a seal number",
            ConsignmentFeatures::unsealedContainerShare, Monotone.RAISES),
    DANGEROUS_GOODS("dangerous_goods_items", "goods items declared as dangerous goods",
            ConsignmentFeatures::dangerousGoodsItems),
    WATCHLIST_CLOSENESS("watchlist_closeness", "closest a party's name comes to a watchlist entry (0..1)",
            ConsignmentFeatures::watchlistCloseness, Monotone.RAISES),
    FILING_LEAD("filing_lead_hours", "hours between the filing and the ship's ETA",
            ConsignmentFeatures::filingLeadHours),
    SIMILAR_FINDING_RATE("similar_finding_rate", "estimated share of consignments like this one (origin, HS chapter,"
            + " routing, new or known consignee) where inspections found something, from earlier inspections",
            f -> f.similar() == null ? Double.NaN : f.similar().estimatedFindingRate(), Monotone.RAISES),
    CONSIGNOR_NOTIFY_PARTY_OMITTED("consignor_notify_party_omitted", "share of the consignor's earlier consignments"
            + " that named no notify party", f -> share(f.consignorNotifyParties()), Monotone.RAISES),
    CONTAINER_SEAL_OMITTED("container_seal_omitted", "share of the container's earlier uses declared without a seal",
            f -> share(f.containerSeals()), Monotone.RAISES),
    RULES_LANE("rules_lane", "lane the rules alone gave before the score (0 GREEN, 1 YELLOW, 2 RED)",
            f -> f.rulesLane() == null ? Double.NaN : f.rulesLane().ordinal(), Monotone.RAISES);

    /** Directions of a monotone column: see the class comment. */
    private static final class Monotone {
        static final int RAISES = 1;
        static final int LOWERS = -1;
    }

    private final String column;
    private final String description;
    private final ToDoubleFunction<ConsignmentFeatures> value;
    private final int direction;

    NumericFeature(String column, String description, ToDoubleFunction<ConsignmentFeatures> value) {
        this(column, description, value, 0);
    }

    NumericFeature(String column, String description, ToDoubleFunction<ConsignmentFeatures> value, int direction) {
        this.column = column;
        this.description = description;
        this.value = value;
        this.direction = direction;
    }

    /** 1: may only raise the score as it grows, -1: only lower it, 0: either. */
    public int direction() {
        return direction;
    }

    public String column() {
        return column;
    }

    public String description() {
        return description;
    }

    public double valueOf(ConsignmentFeatures features) {
        return value.applyAsDouble(features);
    }

    private static double share(DocumentRecord record) {
        return record == null ? Double.NaN : record.omittedShare();
    }

    private static double flag(boolean b) {
        return b ? 1 : 0;
    }
}
