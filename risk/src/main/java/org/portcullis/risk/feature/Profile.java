package org.portcullis.risk.feature;

import java.util.List;
import java.util.Objects;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.model.value.HsCode;

/**
 * What makes consignments alike for the finding rate of earlier inspections: the country of loading, an HS chapter
 * of the goods, whether the goods were transhipped (loaded at a port the ship did not call at) and whether the
 * consignee was new (never received goods here before). All of it is known when the filing arrives.
 */
public record Profile(String origin, int chapter, boolean transhipped, boolean newConsignee) {

    /** One profile per HS chapter of the consignment; none without a place of loading or HS codes. */
    public static List<Profile> of(Filing filing, Consignment consignment, boolean newConsignee) {
        if (consignment.placeOfLoading() == null) {
            return List.of();
        }
        String origin = consignment.placeOfLoading().country().value();
        boolean transhipped = transhipped(filing, consignment);
        return consignment.goodsItems().stream().map(GoodsItem::hsCode).filter(Objects::nonNull)
                .map(HsCode::chapter).distinct().sorted()
                .map(chapter -> new Profile(origin, chapter, transhipped, newConsignee)).toList();
    }

    /** Loaded at a port other than the port of call that the ship did not call at on its way. */
    public static boolean transhipped(Filing filing, Consignment consignment) {
        if (consignment.placeOfLoading() == null) {
            return false;
        }
        String loading = consignment.placeOfLoading().value();
        return !loading.equals(filing.portCall().portOfCall().value()) && filing.portCall().previousPorts().stream()
                .map(PortVisit::port).noneMatch(p -> p.value().equals(loading));
    }

    String key() {
        return origin + "|" + chapter + "|" + (transhipped ? "T" : "D") + "|" + (newConsignee ? "N" : "K");
    }

    /** In words: "HS 08 goods loaded in BR, transhipped, for a new consignee". */
    public String describe() {
        return String.format("HS %02d goods loaded in %s, %s, for a %s consignee", chapter, origin,
                transhipped ? "transhipped" : "shipped direct", newConsignee ? "new" : "known");
    }
}
