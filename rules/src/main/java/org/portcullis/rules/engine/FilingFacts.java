package org.portcullis.rules.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
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

/**
 * Flattens a filing into the facts rule authors write patterns against. What depends on the filing alone is worked
 * out once ({@link #of(Filing)}) and shared by the filing's assessments (customs' and each agency's), all of which
 * are given the whole filing; only a party's first-time flag and the persons differ between assessments
 * ({@link #facts}). The shared facts are immutable.
 */
final class FilingFacts {

    /** A party as filed; its fact needs the assessment's answer to whether it ships for the first time. */
    private record PartySlot(PartyRole role, String name, String country, String identifier, String bl,
            String key) {

        /** {@code key} null: never a first-time shipper (only consignors' keys are worked out). */
        PartyFact fact(Predicate<String> firstTime) {
            return new PartyFact(role, name, country, identifier, bl, key != null && firstTime.test(key));
        }
    }

    /** The filing fact, then per consignment its fact, parties (as slots), goods items and containers. */
    private final List<Object> cargo;
    private final HealthDeclarationFact health;
    private final List<Object> agencyFacts;
    private final Set<String> consignorKeys;
    private final PartyNames partyNames;

    private FilingFacts(List<Object> cargo, HealthDeclarationFact health, List<Object> agencyFacts,
            Set<String> consignorKeys, PartyNames partyNames) {
        this.cargo = cargo;
        this.health = health;
        this.agencyFacts = agencyFacts;
        this.consignorKeys = consignorKeys;
        this.partyNames = partyNames;
    }

    /** What the filing alone gives; each consignor's and consignee's name reduced to words once. */
    static FilingFacts of(Filing filing) {
        PartyNames names = PartyNames.of(filing);
        List<Object> cargo = new ArrayList<>();
        var vessel = filing.vessel();
        var portCall = filing.portCall();
        cargo.add(new FilingFact(filing.header().lrn(), filing.header().carrierId(), vessel.imoNumber().value(),
                vessel.name(), vessel.flag() == null ? null : vessel.flag().value(), portCall.portOfCall().value(),
                portCall.eta(), portCall.previousPorts().stream().map(PortVisit::port).map(Object::toString).toList(),
                routeSince(portCall.previousPorts())));
        Set<String> consignorKeys = new LinkedHashSet<>();
        for (Consignment consignment : filing.consignments()) {
            addConsignment(cargo, consignment, names, consignorKeys);
        }
        HealthDeclarationFact health = null;
        if (filing.health() != null) {
            var declaration = filing.health();
            health = new HealthDeclarationFact(vessel.name() + " (IMO " + vessel.imoNumber().value() + ")",
                    declaration.personsIll(), declaration.deaths(), declaration.suspectedInfectiousDisease(),
                    declaration.details());
        }
        return new FilingFacts(List.copyOf(cargo), health, List.copyOf(AgencyFacts.of(filing)),
                Collections.unmodifiableSet(consignorKeys), names);
    }

    /** The party keys of the filing's consignors, whose history decides whether they ship for the first time. */
    Set<String> consignorKeys() {
        return consignorKeys;
    }

    /** The words and keys of the filing's consignors and consignees, for screening. */
    PartyNames partyNames() {
        return partyNames;
    }

    /** The facts of the port health and maritime authority rules ({@link AgencyFacts}). */
    List<Object> agencyFacts() {
        return agencyFacts;
    }

    /**
     * The facts of {@code filing} (the one these were worked out from) for one assessment; {@code firstTime} tells by
     * party key which consignors ship for the first time; the persons on board only when {@code persons} (a rule of
     * the assessment reads them).
     */
    List<Object> facts(Filing filing, Predicate<String> firstTime, boolean persons) {
        List<Object> facts = new ArrayList<>(cargo.size() + 1);
        for (Object fact : cargo) {
            facts.add(fact instanceof PartySlot slot ? slot.fact(firstTime) : fact);
        }
        if (persons) {
            PersonFacts.add(facts, filing);
        }
        if (health != null) {
            facts.add(health);
        }
        return facts;
    }

    /** The earliest day among the dated calls at the last ports, or null when none is dated. */
    private static LocalDate routeSince(List<PortVisit> visits) {
        return visits.stream().map(visit -> visit.arrival() != null ? visit.arrival() : visit.departure())
                .filter(Objects::nonNull).map(instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC))
                .min(LocalDate::compareTo).orElse(null);
    }

    private static void addConsignment(List<Object> cargo, Consignment consignment, PartyNames names,
            Set<String> consignorKeys) {
        String bl = consignment.transportDocumentNumber();
        String loading = text(consignment.placeOfLoading());
        List<String> containers = consignment.containers().stream().map(TransportEquipment::number)
                .map(ContainerNumber::value).toList();
        cargo.add(new ConsignmentFact(bl, loading, text(consignment.placeOfUnloading()),
                consignment.goodsItems().size(), containers));
        Party consignor = consignment.consignor();
        if (consignor != null) {
            String country = text(consignor.country());
            String key = names.key(consignor.name(), country);
            consignorKeys.add(key);
            cargo.add(new PartySlot(PartyRole.CONSIGNOR, consignor.name(), country, consignor.identifier(), bl,
                    key));
        }
        addParty(cargo, PartyRole.CONSIGNEE, consignment.consignee(), bl);
        addParty(cargo, PartyRole.NOTIFY_PARTY, consignment.notifyParty(), bl);
        for (GoodsItem item : consignment.goodsItems()) {
            var dangerous = item.dangerousGoods();
            cargo.add(new GoodsItemFact(bl, item.sequence(), item.description(), text(item.hsCode()),
                    dangerous == null ? null : dangerous.unNumber().value(), item.grossMassKg(),
                    item.packages() == null ? null : item.packages().count(),
                    item.containers().stream().map(ContainerNumber::value).toList(), loading,
                    dangerous == null ? null : dangerous.hazardClass()));
        }
        for (TransportEquipment equipment : consignment.containers()) {
            cargo.add(new ContainerFact(equipment.number().value(), bl, equipment.seals()));
        }
    }

    /** A consignee or notify party: never a first-time shipper, so the same fact serves every assessment. */
    private static void addParty(List<Object> cargo, PartyRole role, Party party, String bl) {
        if (party != null) {
            cargo.add(new PartyFact(role, party.name(), text(party.country()), party.identifier(), bl, false));
        }
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
