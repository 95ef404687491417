package org.portcullis.rules.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
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
import org.portcullis.rules.fact.HealthDeclarationFact;
import org.portcullis.rules.fact.PartyFact;
import org.portcullis.rules.fact.PartyRole;

/** Flattens a filing into the facts rule authors write patterns against. */
final class FilingFacts {

    private FilingFacts() {
    }

    /** The party keys of the filing's consignors, whose history decides whether they ship for the first time. */
    static Set<String> consignorKeys(Filing filing) {
        Set<String> keys = new LinkedHashSet<>();
        for (Consignment consignment : filing.consignments()) {
            Party consignor = consignment.consignor();
            if (consignor != null) {
                keys.add(PartyKeys.of(consignor.name(), text(consignor.country())));
            }
        }
        return keys;
    }

    /**
     * The facts of the filing; {@code firstTime} tells by party key which consignors ship for the first time; the
     * persons on board only when {@code persons} (a rule of the assessment reads them).
     */
    static List<Object> of(Filing filing, Predicate<String> firstTime, boolean persons) {
        List<Object> facts = new ArrayList<>();
        var vessel = filing.vessel();
        var portCall = filing.portCall();
        facts.add(new FilingFact(filing.header().lrn(), filing.header().carrierId(), vessel.imoNumber().value(),
                vessel.name(), vessel.flag() == null ? null : vessel.flag().value(), portCall.portOfCall().value(),
                portCall.eta(), portCall.previousPorts().stream().map(PortVisit::port).map(Object::toString).toList(),
                routeSince(portCall.previousPorts())));
        for (Consignment consignment : filing.consignments()) {
            addConsignment(facts, consignment, firstTime);
        }
        if (persons) {
            PersonFacts.add(facts, filing);
        }
        if (filing.health() != null) {
            var health = filing.health();
            facts.add(new HealthDeclarationFact(vessel.name() + " (IMO " + vessel.imoNumber().value() + ")",
                    health.personsIll(), health.deaths(), health.suspectedInfectiousDisease(), health.details()));
        }
        return facts;
    }

    /** The earliest day among the dated calls at the last ports, or null when none is dated. */
    private static LocalDate routeSince(List<PortVisit> visits) {
        return visits.stream().map(visit -> visit.arrival() != null ? visit.arrival() : visit.departure())
                .filter(Objects::nonNull).map(instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC))
                .min(LocalDate::compareTo).orElse(null);
    }

    private static void addConsignment(List<Object> facts, Consignment consignment, Predicate<String> firstTime) {
        String bl = consignment.transportDocumentNumber();
        String loading = text(consignment.placeOfLoading());
        List<String> containers = consignment.containers().stream().map(TransportEquipment::number)
                .map(ContainerNumber::value).toList();
        facts.add(new ConsignmentFact(bl, loading, text(consignment.placeOfUnloading()),
                consignment.goodsItems().size(), containers));
        addParty(facts, PartyRole.CONSIGNOR, consignment.consignor(), bl, firstTime);
        addParty(facts, PartyRole.CONSIGNEE, consignment.consignee(), bl, null);
        addParty(facts, PartyRole.NOTIFY_PARTY, consignment.notifyParty(), bl, null);
        for (GoodsItem item : consignment.goodsItems()) {
            var dangerous = item.dangerousGoods();
            facts.add(new GoodsItemFact(bl, item.sequence(), item.description(), text(item.hsCode()),
                    dangerous == null ? null : dangerous.unNumber().value(), item.grossMassKg(),
                    item.packages() == null ? null : item.packages().count(),
                    item.containers().stream().map(ContainerNumber::value).toList(), loading,
                    dangerous == null ? null : dangerous.hazardClass()));
        }
        for (TransportEquipment equipment : consignment.containers()) {
            facts.add(new ContainerFact(equipment.number().value(), bl, equipment.seals()));
        }
    }

    /** {@code firstTime} null: the party is never a first-time shipper, and its key is not worked out. */
    private static void addParty(List<Object> facts, PartyRole role, Party party, String bl,
            Predicate<String> firstTime) {
        if (party != null) {
            String country = text(party.country());
            facts.add(new PartyFact(role, party.name(), country, party.identifier(), bl,
                    firstTime != null && firstTime.test(PartyKeys.of(party.name(), country))));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
