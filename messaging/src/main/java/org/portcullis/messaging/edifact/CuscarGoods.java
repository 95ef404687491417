package org.portcullis.messaging.edifact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.filing.DangerousGoods;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.Packages;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.HsCode;
import org.portcullis.model.value.UnNumber;

/**
 * The goods items of one CUSCAR consignment (GID groups): GID (sequence; C213 package count and kind), FTX+AAA
 * description, MEA+AAE gross mass (C502 G or AAB; KGM, TNE or LBR), SGP the equipment it is placed in (a container
 * number, ISO 6346 checked, unless an EQD names it as other equipment), DGS dangerous goods (C205 class, C234 UN
 * number, C223 flash point, 8339 packing group 1 2 3), LOC+147 stowage, CST C246 the customs (HS) commodity code:
 * CUSCAR carries no PIA in any directory, the customs status segment names the tariff code.
 */
final class CuscarGoods {

    private static final Map<String, BigDecimal> TO_KG = Map.of("KGM", BigDecimal.ONE, "TNE",
            BigDecimal.valueOf(1000), "LBR", new BigDecimal("0.45359237"));

    private final EdiValues values;
    private final CuscarEquipment equipment;
    private final List<GoodsItem> items = new ArrayList<>();
    private final List<ContainerNumber> placed = new ArrayList<>();
    private Item item;

    CuscarGoods(EdiValues values, CuscarEquipment equipment) {
        this.values = values;
        this.equipment = equipment;
    }

    void take(EdiSegment segment) {
        if (segment.tag().equals("GID")) {
            close();
            item = new Item(segment.use(), values.integer(segment, 1, 1));
            if (segment.value(2, 1) != null) {
                item.packages = new Packages(values.integer(segment, 2, 1), segment.value(2, 2));
            }
            return;
        }
        switch (segment.tag()) {
            case "FTX" -> {
                if (item.description == null && (segment.is("FTX", "AAA") || segment.value(1) == null)) {
                    item.description = segment.use().text(4);
                }
            }
            case "MEA" -> grossMass(segment);
            case "SGP" -> placement(segment);
            case "DGS" -> item.dangerous = item.dangerous == null ? segment.use() : item.dangerous;
            case "LOC" -> {
                if (segment.is("LOC", "147")) {
                    item.stowage = segment.use().value(2, 1);
                }
            }
            case "CST" -> commodityCode(segment);
            default -> {
            }
        }
    }

    private void grossMass(EdiSegment mea) {
        String unit = mea.value(3, 1);
        boolean gross = mea.is("MEA", "AAE") && ("G".equals(mea.value(2, 1)) || "AAB".equals(mea.value(2, 1)));
        if (gross && item.grossMass == null && TO_KG.containsKey(unit)) {
            BigDecimal value = values.decimal(mea.use(), 3, 2);
            item.grossMass = value == null ? null : value.multiply(TO_KG.get(unit));
        }
    }

    private void placement(EdiSegment sgp) {
        String id = sgp.value(1, 1);
        if (id == null || equipment.isOtherEquipment(id)) {
            return;
        }
        ContainerNumber container = values.code(sgp, 1, 1, ContainerNumber::of);
        if (container != null && !item.containers.contains(container)) {
            item.containers.add(container);
        }
    }

    private void commodityCode(EdiSegment cst) {
        for (int element = 2; element <= 6 && item.hsCode == null; element++) {
            String code = cst.value(element, 1);
            if (code != null) {
                item.hsCode = values.code(cst, element, 1, HsCode::of);
            }
        }
    }

    private void close() {
        if (item == null) {
            return;
        }
        DangerousGoods dg = null;
        EdiSegment dgs = item.dangerous;
        if (dgs != null) {
            values.oneOf(dgs, 5, 1, List.of("1", "2", "3"), "packing group (1, 2, 3)");
            UnNumber un = values.code(dgs, 3, 1, UnNumber::of);
            String group = List.of("1", "2", "3").contains(dgs.value(5)) ? "I".repeat(Integer.parseInt(dgs.value(5)))
                    : null;
            dg = un == null ? null : new DangerousGoods(un, dgs.value(2, 1), group, values.decimal(dgs, 4, 1),
                    item.stowage);
        }
        if (item.description == null) {
            values.error(ErrorCode.EDIFACT_SEGMENT_MISSING, item.gid.at(),
                    "FTX+AAA (goods description) is missing after this GID");
        }
        items.add(new GoodsItem(item.sequence, item.description == null ? "" : item.description, item.hsCode,
                item.packages, item.grossMass, item.containers, dg));
        placed.addAll(item.containers);
        item = null;
    }

    /** The goods items of the consignment, and starts the next one. */
    List<GoodsItem> finish() {
        close();
        List<GoodsItem> done = List.copyOf(items);
        items.clear();
        return done;
    }

    /** The containers the goods items of the last finished consignment were placed in. */
    List<ContainerNumber> placedContainers() {
        List<ContainerNumber> done = List.copyOf(placed);
        placed.clear();
        return done;
    }

    private static final class Item {
        private final EdiSegment gid;
        private final int sequence;
        private Packages packages;
        private String description;
        private HsCode hsCode;
        private BigDecimal grossMass;
        private final List<ContainerNumber> containers = new ArrayList<>();
        private EdiSegment dangerous;
        private String stowage;

        Item(EdiSegment gid, int sequence) {
            this.gid = gid;
            this.sequence = sequence;
        }
    }
}
