package org.portcullis.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.Party;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.rules.fact.ConsignmentFact;
import org.portcullis.rules.fact.ContainerFact;
import org.portcullis.rules.fact.FilingFact;
import org.portcullis.rules.fact.GoodsItemFact;
import org.portcullis.rules.fact.PartyFact;
import org.portcullis.rules.fact.PartyRole;

/** Flattens a filing into the facts rule authors write patterns against. */
final class FilingFacts {

    private FilingFacts() {
    }

    static List<Object> of(Filing filing) {
        List<Object> facts = new ArrayList<>();
        var vessel = filing.vessel();
        var portCall = filing.portCall();
        facts.add(new FilingFact(filing.header().lrn(), filing.header().carrierId(), vessel.imoNumber().value(),
                vessel.name(), vessel.flag() == null ? null : vessel.flag().value(), portCall.portOfCall().value(),
                portCall.eta(), portCall.previousPorts().stream().map(PortVisit::port).map(Object::toString).toList()));
        for (Consignment consignment : filing.consignments()) {
            addConsignment(facts, consignment);
        }
        return facts;
    }

    private static void addConsignment(List<Object> facts, Consignment consignment) {
        String bl = consignment.transportDocumentNumber();
        List<String> containers = consignment.containers().stream().map(TransportEquipment::number)
                .map(ContainerNumber::value).toList();
        facts.add(new ConsignmentFact(bl, text(consignment.placeOfLoading()), text(consignment.placeOfUnloading()),
                consignment.goodsItems().size(), containers));
        addParty(facts, PartyRole.CONSIGNOR, consignment.consignor(), bl);
        addParty(facts, PartyRole.CONSIGNEE, consignment.consignee(), bl);
        addParty(facts, PartyRole.NOTIFY_PARTY, consignment.notifyParty(), bl);
        for (GoodsItem item : consignment.goodsItems()) {
            facts.add(new GoodsItemFact(bl, item.sequence(), item.description(), text(item.hsCode()),
                    item.dangerousGoods() == null ? null : item.dangerousGoods().unNumber().value(),
                    item.grossMassKg(), item.packages() == null ? null : item.packages().count(),
                    item.containers().stream().map(ContainerNumber::value).toList()));
        }
        for (TransportEquipment equipment : consignment.containers()) {
            facts.add(new ContainerFact(equipment.number().value(), bl, equipment.seals()));
        }
    }

    private static void addParty(List<Object> facts, PartyRole role, Party party, String bl) {
        if (party != null) {
            facts.add(new PartyFact(role, party.name(), text(party.country()), party.identifier(), bl));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
