package org.portcullis.risk.generate;

import java.util.Set;
import java.util.TreeSet;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.GoodsItem;

/**
 * The lane today's rules give a consignment, imitated for generated history from rules/ruleset/targeting as
 * reviewed on 2026-11-29: RED for arms (TGT-001), explosives without a UN number (TGT-008), a watchlisted party
 * (TGT-002, TGT-003) and the RED origin and chapter profiles (TGT-101 to TGT-103); YELLOW for a consignment loaded
 * at a listed port (TGT-004), a first-time consignor (TGT-006), used tyres from outside the EU (TGT-007) and the
 * YELLOW profiles (TGT-104, TGT-105); GREEN otherwise. Filing-level findings (TGT-005) do not change a
 * consignment's lane.
 */
final class Lanes {

    private static final Set<String> LISTED_PORTS = Set.of("IRBND", "SYLTK", "KPNAM", "RUNVS");
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private Lanes() {
    }

    static Lane of(DraftConsignment draft, boolean consignorFirstTime) {
        Consignment c = draft.consignment();
        String origin = c.placeOfLoading().country().value();
        Set<Integer> chapters = chapters(c);
        boolean explosivesWithoutUn = c.goodsItems().stream()
                .anyMatch(i -> i.hsCode().chapter() == 36 && i.dangerousGoods() == null);
        boolean watchlisted = draft.consignor().watchlistCloseness() >= Traders.WATCHLIST_MATCH
                || draft.consignee().watchlistCloseness() >= Traders.WATCHLIST_MATCH;
        if (chapters.contains(93) || explosivesWithoutUn || watchlisted
                || "EC".equals(origin) && chapters.contains(8) || "CO".equals(origin) && chapters.contains(9)
                || "AE".equals(origin) && chapters.contains(24)) {
            return Lane.RED;
        }
        boolean usedTyres = !EU.contains(origin)
                && c.goodsItems().stream().anyMatch(i -> i.hsCode().heading().equals("4012"));
        if (LISTED_PORTS.contains(c.placeOfLoading().value()) || consignorFirstTime || usedTyres
                || "CN".equals(origin) && (chapters.contains(61) || chapters.contains(95))) {
            return Lane.YELLOW;
        }
        return Lane.GREEN;
    }

    static Set<Integer> chapters(Consignment c) {
        Set<Integer> chapters = new TreeSet<>();
        for (GoodsItem item : c.goodsItems()) {
            chapters.add(item.hsCode().chapter());
        }
        return chapters;
    }
}
