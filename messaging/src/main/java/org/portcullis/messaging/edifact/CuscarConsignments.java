package org.portcullis.messaging.edifact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.Party;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.UnLocode;

/**
 * The consignments of a CUSCAR, found by the structure every directory shares: CNI (C503: the transport document
 * number) and its consignment group (first segment RFF; RFF+BM or BH the bill of lading when CNI names none):
 * LOC+9 (or 76) place of loading, LOC+11 (or 12) place of discharge; its NAD groups: NAD+CZ or SH consignor, CN
 * consignee, N1 or NI notify party (C082 identifier, C080 or C058 name, C059 street, city, postcode, country); its GID
 * groups ({@link CuscarGoods}). Containers are the message's EQD groups ({@link CuscarEquipment}) that a goods item
 * places (SGP); with a single consignment, all of them.
 */
final class CuscarConsignments {

    private static final Set<String> CONSIGNORS = Set.of("CZ", "SH");
    private static final Set<String> NOTIFY = Set.of("N1", "NI");

    private final EdiValues values;
    private final List<Consignment> consignments = new ArrayList<>();
    private final List<List<ContainerNumber>> placed = new ArrayList<>();

    private Builder consignment;
    private CuscarGoods goods;

    CuscarConsignments(EdiValues values) {
        this.values = values;
    }

    List<Consignment> read(EdiMessage message) {
        CuscarEquipment equipment = new CuscarEquipment(values, message);
        goods = new CuscarGoods(values, equipment);
        for (EdiSegment segment : message.segments()) {
            switch (segment.path()) {
                case "CNI" -> consignmentLevel(segment);
                case "CNI/RFF" -> detailLevel(segment);
                case "CNI/RFF/NAD" -> party(segment);
                case "CNI/RFF/GID" -> {
                    if (consignment != null) {
                        goods.take(segment);
                    }
                }
                default -> {
                }
            }
        }
        finishConsignment();
        List<Consignment> withContainers = new ArrayList<>();
        for (int i = 0; i < consignments.size(); i++) {
            Consignment c = consignments.get(i);
            List<TransportEquipment> containers = consignments.size() == 1 ? equipment.all()
                    : equipment.of(placed.get(i));
            withContainers.add(new Consignment(c.transportDocumentNumber(), c.consignor(), c.consignee(),
                    c.notifyParty(), c.placeOfLoading(), c.placeOfUnloading(), c.goodsItems(), containers));
        }
        return withContainers;
    }

    private void consignmentLevel(EdiSegment segment) {
        if (segment.tag().equals("CNI")) {
            finishConsignment();
            consignment = new Builder(segment.use(), segment.value(2, 1));
        }
    }

    private void detailLevel(EdiSegment segment) {
        if (consignment == null) {
            return;
        }
        if (consignment.documentNumber == null && (segment.is("RFF", "BM") || segment.is("RFF", "BH"))) {
            consignment.documentNumber = segment.use().value(1, 2);
        } else if (segment.is("LOC", "9") || segment.is("LOC", "76") && consignment.loading == null) {
            consignment.loading = values.code(segment, 2, 1, UnLocode::of);
        } else if (segment.is("LOC", "11") || segment.is("LOC", "12") && consignment.unloading == null) {
            consignment.unloading = values.code(segment, 2, 1, UnLocode::of);
        }
    }

    private void party(EdiSegment nad) {
        if (consignment == null || !nad.tag().equals("NAD")) {
            return;
        }
        String role = nad.value(1);
        if (!CONSIGNORS.contains(role) && !"CN".equals(role) && !NOTIFY.contains(role)) {
            return;
        }
        nad.use();
        String name = nad.value(4, 1) != null ? nad.text(4) : nad.value(3, 1);
        if (name == null) {
            values.required(nad, 4, 1, "the party's name (C080, or C058 name and address)");
            return;
        }
        String street = nad.value(4, 1) != null ? nad.text(5) : nad.text(3).substring(name.length()).trim();
        String address = String.join(", ", java.util.stream.Stream.of(street, nad.value(6), nad.value(8))
                .filter(part -> part != null && !part.isEmpty()).toList());
        Party party = new Party(name, address.isEmpty() ? null : address, values.country(nad, 9, 1),
                nad.value(2, 1));
        if (CONSIGNORS.contains(role)) {
            consignment.consignor = consignment.consignor == null ? party : consignment.consignor;
        } else if ("CN".equals(role)) {
            consignment.consignee = party;
        } else {
            consignment.notify = party;
        }
    }

    private void finishConsignment() {
        if (consignment == null) {
            return;
        }
        List<GoodsItem> items = goods.finish();
        List<ContainerNumber> containers = goods.placedContainers();
        for (String role : List.of("CZ", "CN")) {
            if ((role.equals("CZ") ? consignment.consignor : consignment.consignee) == null) {
                values.error(ErrorCode.EDIFACT_SEGMENT_MISSING, consignment.cni.at(),
                        "NAD+" + role + (role.equals("CZ") ? " (consignor, or SH shipper)" : " (consignee)")
                                + " is missing in this consignment");
            }
        }
        if (consignment.documentNumber == null) {
            values.required(consignment.cni, 2, 1, "the transport document number (CNI C503, or RFF+BM)");
        } else if (consignment.consignor != null && consignment.consignee != null) {
            consignments.add(new Consignment(consignment.documentNumber, consignment.consignor,
                    consignment.consignee, consignment.notify, consignment.loading, consignment.unloading, items,
                    List.of()));
            placed.add(containers);
        }
        consignment = null;
    }

    private static final class Builder {
        private final EdiSegment cni;
        private String documentNumber;
        private UnLocode loading;
        private UnLocode unloading;
        private Party consignor;
        private Party consignee;
        private Party notify;

        Builder(EdiSegment cni, String documentNumber) {
            this.cni = cni;
            this.documentNumber = documentNumber;
        }
    }
}
