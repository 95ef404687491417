package org.portcullis.messaging.edifact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.DangerousGoods;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.Packages;
import org.portcullis.model.filing.Party;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.HsCode;
import org.portcullis.model.value.UnLocode;
import org.portcullis.model.value.UnNumber;

/**
 * The consignments of a CUSCAR (segment group 7): CNI (element 2: the bill of lading number), LOC+9 place of loading,
 * LOC+11 place of unloading; group 8 NAD+CZ consignor, NAD+CN consignee, NAD+N1 notify party (C082 TIN or EORI,
 * C080 name, C059 street, city, postcode, country); group 10 GID goods item (sequence; C213 package count and kind),
 * FTX goods description, PIA commodity code (HS), MEA+AAE+G gross mass in KGM, SGP container, DGS+IMD dangerous goods
 * (class, UN number, flash point, packing group 1 2 3), LOC+147 stowage; group 12 EQD+CN container, SEL seals.
 */
final class CuscarConsignments {

    private final EdiValues values;
    private final List<Consignment> consignments = new ArrayList<>();

    private ConsignmentBuilder consignment;
    private GoodsBuilder goods;

    CuscarConsignments(EdiValues values) {
        this.values = values;
    }

    List<Consignment> read(EdiMessage message) {
        for (EdiSegment segment : message.segments()) {
            switch (segment.group()) {
                case "SG7" -> consignmentLevel(segment);
                case "SG8" -> party(segment);
                case "SG10" -> goodsItem(segment);
                case "SG12" -> equipment(segment);
                default -> {
                }
            }
        }
        finishConsignment();
        return consignments;
    }

    private void consignmentLevel(EdiSegment segment) {
        if (segment.tag().equals("CNI")) {
            finishConsignment();
            consignment = new ConsignmentBuilder(segment, values.required(segment, 2, 1, "the transport document number"));
        } else if (segment.is("LOC", "9")) {
            consignment.loading = values.code(segment, 2, 1, UnLocode::of);
        } else if (segment.is("LOC", "11")) {
            consignment.unloading = values.code(segment, 2, 1, UnLocode::of);
        }
    }

    private void party(EdiSegment nad) {
        values.oneOf(nad, 1, 1, List.of("CZ", "CN", "N1"), "party qualifier (CZ consignor, CN consignee, N1 notify)");
        String name = values.required(nad, 4, 1, "the party's name");
        if (name == null) {
            return;
        }
        String address = String.join(", ", java.util.stream.Stream.of(nad.text(5), nad.value(6), nad.value(8))
                .filter(part -> part != null).toList());
        Party party = new Party(name, address.isEmpty() ? null : address, values.code(nad, 9, 1, CountryCode::of),
                nad.value(2, 1));
        switch (nad.value(1)) {
            case "CZ" -> consignment.consignor = party;
            case "CN" -> consignment.consignee = party;
            default -> consignment.notify = party;
        }
    }

    private void goodsItem(EdiSegment segment) {
        switch (segment.tag()) {
            case "GID" -> {
                finishGoods();
                goods = new GoodsBuilder(segment, values.integer(segment, 1, 1));
                if (segment.value(2, 1) != null) {
                    goods.packages = new Packages(values.integer(segment, 2, 1), segment.value(2, 2));
                }
            }
            case "FTX" -> goods.description = segment.text(4);
            case "PIA" -> goods.hsCode = values.code(segment, 2, 1, HsCode::of);
            case "MEA" -> goods.grossMass = values.decimal(segment, 3, 2);
            case "SGP" -> {
                ContainerNumber container = values.code(segment, 1, 1, ContainerNumber::of);
                if (container != null) {
                    goods.containers.add(container);
                }
            }
            case "DGS" -> {
                values.oneOf(segment, 5, 1, List.of("1", "2", "3"), "packing group (1, 2, 3)");
                goods.dangerous = segment;
            }
            case "LOC" -> goods.stowage = segment.value(2, 1);
            default -> {
            }
        }
    }

    private void equipment(EdiSegment segment) {
        if (segment.tag().equals("EQD")) {
            ContainerNumber number = values.code(segment, 2, 1, ContainerNumber::of);
            consignment.containers.add(new Equipment(number, new ArrayList<>()));
        } else if (segment.tag().equals("SEL") && !consignment.containers.isEmpty()) {
            consignment.containers.get(consignment.containers.size() - 1).seals().add(segment.value(1));
        }
    }

    private void finishGoods() {
        if (goods != null && consignment != null) {
            consignment.goods.add(goods.build(values));
        }
        goods = null;
    }

    private void finishConsignment() {
        finishGoods();
        if (consignment != null) {
            for (String role : List.of("CZ", "CN")) {
                if ((role.equals("CZ") ? consignment.consignor : consignment.consignee) == null) {
                    values.error(org.portcullis.model.error.ErrorCode.EDIFACT_SEGMENT_MISSING, consignment.cni.at(),
                            "NAD+" + role + (role.equals("CZ") ? " (consignor)" : " (consignee)")
                                    + " is missing in this consignment");
                }
            }
            if (consignment.documentNumber != null && consignment.consignor != null && consignment.consignee != null) {
                consignments.add(consignment.build());
            }
        }
        consignment = null;
    }

    private record Equipment(ContainerNumber number, List<String> seals) {
    }

    private static final class ConsignmentBuilder {
        private final EdiSegment cni;
        private final String documentNumber;
        private UnLocode loading;
        private UnLocode unloading;
        private Party consignor;
        private Party consignee;
        private Party notify;
        private final List<GoodsItem> goods = new ArrayList<>();
        private final List<Equipment> containers = new ArrayList<>();

        ConsignmentBuilder(EdiSegment cni, String documentNumber) {
            this.cni = cni;
            this.documentNumber = documentNumber;
        }

        Consignment build() {
            List<TransportEquipment> equipment = containers.stream().filter(e -> e.number() != null)
                    .map(e -> new TransportEquipment(e.number(), e.seals())).toList();
            return new Consignment(documentNumber, consignor, consignee, notify, loading, unloading, goods, equipment);
        }
    }

    private static final class GoodsBuilder {
        private final EdiSegment gid;
        private final int sequence;
        private Packages packages;
        private String description;
        private HsCode hsCode;
        private BigDecimal grossMass;
        private final List<ContainerNumber> containers = new ArrayList<>();
        private EdiSegment dangerous;
        private String stowage;

        GoodsBuilder(EdiSegment gid, int sequence) {
            this.gid = gid;
            this.sequence = sequence;
        }

        GoodsItem build(EdiValues values) {
            DangerousGoods dg = null;
            if (dangerous != null) {
                UnNumber un = values.code(dangerous, 3, 1, UnNumber::of);
                String group = dangerous.value(5) != null && List.of("1", "2", "3").contains(dangerous.value(5))
                        ? dangerous.value(5) : null;
                dg = un == null ? null : new DangerousGoods(un, dangerous.value(2, 1),
                        group == null ? null : "I".repeat(Integer.parseInt(group)), values.decimal(dangerous, 4, 1),
                        stowage);
            }
            if (description == null) {
                values.error(org.portcullis.model.error.ErrorCode.EDIFACT_SEGMENT_MISSING, gid.at(),
                        "FTX+AAA (goods description) is missing after this GID");
            }
            return new GoodsItem(sequence, description == null ? "" : description, hsCode, packages, grossMass,
                    containers, dg);
        }
    }
}
