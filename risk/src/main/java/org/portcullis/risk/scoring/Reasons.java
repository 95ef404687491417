package org.portcullis.risk.scoring;

import java.util.Locale;
import java.util.stream.Collectors;
import org.portcullis.risk.feature.ConsignmentFeatures;
import org.portcullis.risk.feature.DocumentRecord;
import org.portcullis.risk.feature.SimilarConsignments;
import org.portcullis.risk.feature.TrackRecord;

/** Says in plain words what a feature group of a consignment was, for the reasons of a score. */
final class Reasons {

    private Reasons() {
    }

    static String of(String group, ConsignmentFeatures f) {
        return switch (group) {
            case "origin" -> "loaded in " + f.origin() + " (" + f.placeOfLoading() + ")";
            case "hs_chapter" -> "goods in HS chapter " + f.chapters().stream().map(c -> String.format("%02d", c))
                    .collect(Collectors.joining(", "));
            case "last_port_country" -> f.lastPortCountry() == null ? "no previous port given"
                    : "the ship's last port before this call was in " + f.lastPortCountry();
            case "transhipped" -> f.transhipped() ? "loaded at " + f.placeOfLoading()
                    + ", where the ship did not call (transhipped)" : "loaded where the ship called";
            case "value_robust_z", "value_per_kg_log" -> value(f);
            case "consignor_first_time", "consignor_consignments_log" -> trader("consignor", f.consignor());
            case "consignee_first_time", "consignee_consignments_log" -> trader("consignee", f.consignee());
            case "consignor_inspections", "consignor_findings" -> findings("consignor", f.consignor());
            case "consignee_inspections", "consignee_findings" -> findings("consignee", f.consignee());
            case "similar_finding_rate" -> similar(f.similar());
            case "consignee_new_route" -> f.consigneeNewRoute() ? "the consignee never had goods loaded at "
                    + f.placeOfLoading() + " for this port before" : "a route the consignee used before";
            case "carrier_finding_rate" -> String.format(Locale.ROOT,
                    "the carrier's earlier inspections found something in %d of %d", f.carrier().findings(),
                    f.carrier().inspections());
            case "container_findings", "container_uses" -> f.containerHistory().findings() > 0
                    ? "a container of this consignment was in " + f.containerHistory().findings()
                            + " earlier consignments where inspections found something"
                    : "the containers were used " + f.containerHistory().consignments() + " times before";
            case "watchlist_closeness" -> String.format(Locale.ROOT,
                    "a party's name comes close to a watchlist entry (%.2f)", f.watchlistCloseness());
            case "filing_lead_hours" -> String.format(Locale.ROOT, "filed %.0f hours before the ETA",
                    f.filingLeadHours());
            case "consignee_identifier_missing" -> f.consigneeIdentifierMissing() ? "the consignee has no EORI or TIN"
                    : "the consignee's EORI or TIN is given";
            case "notify_party_missing" -> f.notifyPartyMissing() ? "no notify party" : "a notify party is given";
            case "unsealed_container_share" -> f.unsealedContainerShare() > 0 ? "a container without a seal number"
                    : "every container sealed";
            case "consignor_notify_party_omitted" -> notifyParties(f.consignorNotifyParties());
            case "container_seal_omitted" -> seals(f.containerSeals());
            case "rules_lane" -> rulesLane(f);
            default -> figures(group, f);
        };
    }

    private static String rulesLane(ConsignmentFeatures f) {
        if (f.rulesLane() == null) {
            return "the lane the rules alone gave is not known";
        }
        return "the rules alone gave the " + f.rulesLane() + " lane (" + switch (f.rulesLane()) {
            case RED -> "physical inspection";
            case YELLOW -> "documentary check";
            case GREEN -> "release";
        } + ")";
    }

    private static String notifyParties(DocumentRecord r) {
        return r == null || r.documents() == 0 ? "no earlier consignment of the consignor"
                : r.omitted() + " of the consignor's " + r.documents() + " earlier consignments named no notify party";
    }

    private static String seals(DocumentRecord r) {
        return r == null || r.documents() == 0 ? "no earlier use of the containers"
                : "a container of this consignment was declared without a seal in " + r.omitted() + " of its "
                        + r.documents() + " earlier uses";
    }

    private static String value(ConsignmentFeatures f) {
        if (f.valueCheck() == null) {
            return f.valuePerKg() == null ? "no declared value" : String.format(Locale.ROOT,
                    "declared value %.2f per kg", f.valuePerKg());
        }
        var v = f.valueCheck();
        return String.format(Locale.ROOT, "declared value %.2f per kg for HS %s, %s the usual %.2f per kg from %s",
                v.valuePerKg(), v.hsSubheading(), v.robustZ() < 0 ? "far below" : "against", v.medianValuePerKg(),
                f.origin());
    }

    private static String similar(SimilarConsignments s) {
        if (s == null) {
            return "no place of loading or HS code to compare the consignment with";
        }
        TrackRecord r = s.record();
        String like = "consignments like this one (" + s.profile().describe() + ")";
        return r.inspections() == 0 ? String.format(Locale.ROOT, "no earlier inspection of %s", like)
                : String.format(Locale.ROOT, "earlier inspections of %s found something in %d of %d (an estimated"
                        + " %.1f %% of such consignments)", like, r.findings(), r.inspections(),
                        100 * s.estimatedFindingRate());
    }

    private static String trader(String role, TrackRecord r) {
        return r.firstTime() ? "first consignment for the " + role : "the " + role + " had " + r.consignments()
                + " consignments before";
    }

    private static String findings(String role, TrackRecord r) {
        return r.inspections() == 0 ? "the " + role + " was never inspected"
                : "the " + role + "'s earlier inspections found something in " + r.findings() + " of "
                        + r.inspections();
    }

    private static String figures(String group, ConsignmentFeatures f) {
        return switch (group) {
            case "gross_mass_log" -> String.format(Locale.ROOT, "gross mass %.0f kg", f.grossMassKg());
            case "packages_log" -> f.packages() + " packages";
            case "goods_items" -> f.goodsItems() + " goods items";
            case "containers" -> f.containers() + " containers";
            case "previous_ports" -> f.previousPorts() + " ports called at before this one";
            case "dangerous_goods_items" -> f.dangerousGoodsItems() + " goods items of dangerous goods";
            default -> group;
        };
    }
}
