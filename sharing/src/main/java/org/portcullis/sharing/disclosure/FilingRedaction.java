package org.portcullis.sharing.disclosure;

import java.util.List;
import java.util.function.Function;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.HealthDeclaration;
import org.portcullis.model.filing.Party;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.TravelDocument;
import org.portcullis.model.filing.Vessel;

/**
 * The filing as an officer may see it, for pages built from the model rather than from the document: every field
 * the disclosure does not allow is taken out (null, an empty list, an empty text where the record needs one). The
 * port call's identity (LRN, vessel name and IMO number, port of call, ETA) stays for every officer who sees the
 * filing at all: without it no case can be named. Health, security and waste are shown from the projected
 * document ({@link Disclosure#document}), so they are kept only where the agreement gives the whole part.
 */
public final class FilingRedaction {

    private final Disclosure disclosure;

    private FilingRedaction(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    public static Filing redact(Filing filing, Disclosure disclosure) {
        return new FilingRedaction(disclosure).filing(filing);
    }

    private Filing filing(Filing f) {
        Vessel v = f.vessel();
        PortCall pc = f.portCall();
        Vessel vessel = new Vessel(v.imoNumber(), v.name(), when("/vessel/flag", v.flag()),
                when("/vessel/callSign", v.callSign()), when("/vessel/mmsi", v.mmsi()));
        PortCall portCall = new PortCall(when("/portCall/voyageNumber", pc.voyageNumber()), pc.portOfCall(), pc.eta(),
                when("/portCall/nextPort", pc.nextPort()), when("/portCall/securityLevel", pc.securityLevel()),
                allows("/portCall/previousPorts/*/port") ? pc.previousPorts() : List.of(), pc.etd());
        return new Filing(f.header(), vessel, portCall, consignments(f.consignments()), persons(f.crew(), "/crew"),
                persons(f.passengers(), "/passengers"), health(f.health()),
                allows("/shipStores/*/description") ? f.shipStores() : List.of(),
                allows("/crewEffects/*/description") ? f.crewEffects() : List.of(),
                allows("/crewSignOffs/*/familyName") ? f.crewSignOffs() : List.of(),
                allows("/security") ? f.security() : null, allows("/waste") ? f.waste() : null, List.of(),
                allows("/certificates") ? f.certificates() : List.of());
    }

    private List<Consignment> consignments(List<Consignment> consignments) {
        if (!allows("/consignments/*/transportDocumentNumber")) {
            return List.of();
        }
        String at = "/consignments/*/";
        return consignments.stream().map(c -> new Consignment(c.transportDocumentNumber(),
                party(c.consignor(), at + "consignor"), party(c.consignee(), at + "consignee"),
                party(c.notifyParty(), at + "notifyParty"), when(at + "placeOfLoading", c.placeOfLoading()),
                when(at + "placeOfUnloading", c.placeOfUnloading()), goodsItems(c.goodsItems()),
                allows(at + "containers/*/number") ? c.containers() : List.of())).toList();
    }

    private List<GoodsItem> goodsItems(List<GoodsItem> items) {
        String at = "/consignments/*/goodsItems/*/";
        if (!allows(at + "sequence")) {
            return List.of();
        }
        return items.stream().map(g -> new GoodsItem(g.sequence(),
                allows(at + "description") ? g.description() : "", when(at + "hsCode", g.hsCode()),
                when(at + "packages", g.packages()), when(at + "grossMassKg", g.grossMassKg()),
                allows(at + "containers") ? g.containers() : List.of(), when(at + "dangerousGoods", g.dangerousGoods()),
                when(at + "temperatureRange", g.temperatureRange()))).toList();
    }

    private Party party(Party party, String at) {
        if (party == null || !allows(at + "/name")) {
            return null;
        }
        return new Party(party.name(), when(at + "/address", party.address()), when(at + "/country", party.country()),
                when(at + "/identifier", party.identifier()));
    }

    private List<Person> persons(List<Person> persons, String list) {
        String at = list + "/*/";
        if (!allows(at + "familyName")) {
            return List.of();
        }
        Function<Person, TravelDocument> document = p -> {
            TravelDocument d = p.travelDocument();
            String doc = at + "travelDocument/";
            return d == null ? null : new TravelDocument(when(doc + "type", d.type()), when(doc + "number", d.number()),
                    when(doc + "issuingState", d.issuingState()), when(doc + "expiry", d.expiry()),
                    when(doc + "mrz", d.mrz()));
        };
        return persons.stream().map(p -> new Person(p.role(), p.familyName(), when(at + "givenNames", p.givenNames()),
                when(at + "sex", p.sex()), when(at + "dateOfBirth", p.dateOfBirth()),
                when(at + "placeOfBirth", p.placeOfBirth()), when(at + "countryOfBirth", p.countryOfBirth()),
                when(at + "nationality", p.nationality()), document.apply(p), when(at + "rank", p.rank()),
                when(at + "portOfEmbarkation", p.portOfEmbarkation()),
                when(at + "portOfDisembarkation", p.portOfDisembarkation()), p.transit(),
                when(at + "embarkationDate", p.embarkationDate()), when(at + "guardian", p.guardian()),
                when(at + "booking", p.booking()))).toList();
    }

    private HealthDeclaration health(HealthDeclaration health) {
        if (health == null || !allows("/health/personsIll")) {
            return null;
        }
        return new HealthDeclaration(health.personsIll(), health.deaths(), health.suspectedInfectiousDisease(),
                when("/health/details", health.details()), when("/health/questions", health.questions()),
                when("/health/sanitationCertificate", health.sanitationCertificate()),
                when("/health/affectedAreaVisited", health.affectedAreaVisited()),
                allows("/health/portsVisited") ? health.portsVisited() : List.of(),
                allows("/health/illPersons") ? health.illPersons() : List.of(),
                when("/health/crewOnBoard", health.crewOnBoard()),
                when("/health/passengersOnBoard", health.passengersOnBoard()));
    }

    private boolean allows(String pointer) {
        return disclosure.allows(pointer);
    }

    private <T> T when(String pointer, T value) {
        return allows(pointer) ? value : null;
    }
}
