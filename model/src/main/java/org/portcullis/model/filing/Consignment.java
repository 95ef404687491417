package org.portcullis.model.filing;

import java.util.List;
import java.util.Objects;
import org.portcullis.model.value.UnLocode;

/** Goods moving under one transport document (bill of lading), with its parties, goods items and containers. */
public record Consignment(String transportDocumentNumber, Party consignor, Party consignee, Party notifyParty,
        UnLocode placeOfLoading, UnLocode placeOfUnloading, List<GoodsItem> goodsItems,
        List<TransportEquipment> containers) {

    public Consignment {
        Objects.requireNonNull(transportDocumentNumber, "transportDocumentNumber");
        goodsItems = goodsItems == null ? List.of() : List.copyOf(goodsItems);
        containers = containers == null ? List.of() : List.copyOf(containers);
    }
}
