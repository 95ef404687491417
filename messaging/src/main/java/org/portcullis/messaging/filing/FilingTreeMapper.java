package org.portcullis.messaging.filing;

import org.portcullis.model.intake.CarrierMessage;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.DangerousGoods;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.HealthDeclaration;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.filing.Packages;
import org.portcullis.model.filing.Party;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.model.filing.ShipCertificate;
import org.portcullis.model.filing.ShipSecurity;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.filing.UnmappedSegment;
import org.portcullis.model.filing.Vessel;
import org.portcullis.model.filing.WasteNotification;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.HsCode;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.UnLocode;
import org.portcullis.model.value.UnNumber;

/**
 * Turns a document that passed the JSON Schema into a carrier message, checking every code against its value type
 * and what the message function allows. Not thread-safe: one mapper per document.
 */
final class FilingTreeMapper {

    /** The filing parts of the document; an original or amendment carries at least one of them. */
    static final List<String> PARTS = List.of("consignments", "crew", "passengers", "health", "shipStores",
            "crewEffects", "security", "waste");
    private static final List<String> FILING_ELEMENTS = List.of("vessel", "portCall", "consignments", "crew",
            "passengers", "crewSignOffs", "health", "shipStores", "crewEffects", "security", "waste", "certificates");

    private final ValueCollector values = new ValueCollector();
    private final FilingPartsMapper parts = new FilingPartsMapper(values);
    private final HealthDeclarationMapper health = new HealthDeclarationMapper(values);
    private final PortEntryMapper portEntry = new PortEntryMapper(values);
    private final CertificatesMapper certificates = new CertificatesMapper(values);

    /** The message, or null when a value type or the function refused something; {@link #errors()} says what. */
    CarrierMessage map(JsonNode root) {
        JsonNode h = root.path("header");
        MessageFunction function = MessageFunction.valueOf(ValueCollector.text(h, "function"));
        FilingHeader header = new FilingHeader(ValueCollector.text(h, "lrn"), null, null, function,
                values.instant(h, "sentAt", "/header"));
        String mrn = ValueCollector.text(h, "mrn");
        CarrierMessage message = switch (function) {
            case ORIGINAL, AMENDMENT -> submission(root, header, mrn);
            case CANCELLATION -> new CarrierMessage.Cancellation(header, mrn,
                    onlyHeaderAnd(root, "cancellation") ? ValueCollector.text(root.path("cancellation"), "reason") : null);
            case INFORMATION_RESPONSE -> new CarrierMessage.InformationAnswer(header, mrn,
                    onlyHeaderAnd(root, "informationResponse")
                            ? ValueCollector.text(root.path("informationResponse"), "answer") : "");
        };
        return values.errors().isEmpty() ? message : null;
    }

    List<ValidationError> errors() {
        return values.errors();
    }

    private CarrierMessage.Submission submission(JsonNode root, FilingHeader header, String mrn) {
        for (String other : List.of("cancellation", "informationResponse")) {
            if (root.has(other)) {
                values.add(ValidationError.of(ErrorCode.SCHEMA_UNKNOWN_ELEMENT, "/" + other,
                        "a " + header.function() + " carries no " + other));
            }
        }
        if (PARTS.stream().noneMatch(root::has)) {
            values.add(ValidationError.of(ErrorCode.FILING_EMPTY, "",
                    "the filing carries none of " + String.join(", ", PARTS)));
        }
        Vessel vessel = vessel(root.path("vessel"), "/vessel");
        PortCall portCall = portCall(root.path("portCall"), "/portCall");
        List<Consignment> consignments = new ArrayList<>();
        JsonNode array = root.path("consignments");
        for (int i = 0; i < array.size(); i++) {
            consignments.add(consignment(array.get(i), "/consignments/" + i));
        }
        List<Person> crew = parts.persons(root, "crew", PersonRole.CREW);
        List<Person> passengers = parts.persons(root, "passengers", PersonRole.PASSENGER);
        HealthDeclaration declaration = health.health(root);
        ShipSecurity security = portEntry.security(root);
        WasteNotification waste = portEntry.waste(root);
        List<ShipCertificate> shipCertificates = certificates.certificates(root);
        if (vessel == null || portCall == null) {
            return null;
        }
        return new CarrierMessage.Submission(new Filing(header, vessel, portCall, consignments, crew, passengers,
                declaration, FilingPartsMapper.shipStores(root), FilingPartsMapper.crewEffects(root),
                parts.crewSignOffs(root), security, waste, unmappedSegments(root), shipCertificates), mrn);
    }

    /** The EDIFACT segments Portcullis kept as received (the stored form of an EDIFACT filing). */
    private static List<UnmappedSegment> unmappedSegments(JsonNode root) {
        List<UnmappedSegment> segments = new ArrayList<>();
        for (JsonNode segment : root.path("unmappedSegments")) {
            segments.add(new UnmappedSegment(ValueCollector.text(segment, "at"), ValueCollector.text(segment,
                    "segment")));
        }
        return segments;
    }

    /** True when the document carries nothing but the header and the named block; else every extra is an error. */
    private boolean onlyHeaderAnd(JsonNode root, String block) {
        boolean only = true;
        for (String element : FILING_ELEMENTS) {
            if (root.has(element)) {
                values.add(ValidationError.of(ErrorCode.SCHEMA_UNKNOWN_ELEMENT, "/" + element,
                        "a message with this function carries only header and " + block));
                only = false;
            }
        }
        String other = block.equals("cancellation") ? "informationResponse" : "cancellation";
        if (root.has(other)) {
            values.add(ValidationError.of(ErrorCode.SCHEMA_UNKNOWN_ELEMENT, "/" + other,
                    "a message with this function carries only header and " + block));
            only = false;
        }
        return only;
    }

    private Vessel vessel(JsonNode v, String at) {
        ImoNumber imo = values.code(v, "imoNumber", at, ImoNumber::of);
        CountryCode flag = values.code(v, "flag", at, CountryCode::of);
        return imo == null ? null
                : new Vessel(imo, ValueCollector.text(v, "name"), flag, ValueCollector.text(v, "callSign"),
                        ValueCollector.text(v, "mmsi"));
    }

    private PortCall portCall(JsonNode p, String at) {
        UnLocode port = values.code(p, "portOfCall", at, UnLocode::of);
        UnLocode next = values.code(p, "nextPort", at, UnLocode::of);
        List<PortVisit> visits = new ArrayList<>();
        JsonNode array = p.path("previousPorts");
        for (int i = 0; i < array.size(); i++) {
            JsonNode visit = array.get(i);
            String visitAt = at + "/previousPorts/" + i;
            UnLocode visited = values.code(visit, "port", visitAt, UnLocode::of);
            if (visited != null) {
                visits.add(new PortVisit(visited, values.instant(visit, "arrival", visitAt),
                        values.instant(visit, "departure", visitAt), ValueCollector.integer(visit, "securityLevel"),
                        ValueCollector.text(visit, "additionalSecurityMeasures")));
            }
        }
        var eta = values.instant(p, "eta", at);
        var etd = values.instant(p, "etd", at);
        return port == null || eta == null ? null
                : new PortCall(ValueCollector.text(p, "voyageNumber"), port, eta, next,
                        ValueCollector.integer(p, "securityLevel"), visits, etd);
    }

    private Consignment consignment(JsonNode c, String at) {
        List<GoodsItem> items = new ArrayList<>();
        JsonNode array = c.path("goodsItems");
        for (int i = 0; i < array.size(); i++) {
            items.add(goodsItem(array.get(i), at + "/goodsItems/" + i));
        }
        List<TransportEquipment> containers = new ArrayList<>();
        JsonNode equipment = c.path("containers");
        for (int i = 0; i < equipment.size(); i++) {
            JsonNode e = equipment.get(i);
            ContainerNumber number = values.code(e, "number", at + "/containers/" + i, ContainerNumber::of);
            if (number != null) {
                containers.add(new TransportEquipment(number, ValueCollector.texts(e, "seals")));
            }
        }
        return new Consignment(ValueCollector.text(c, "transportDocumentNumber"),
                party(c.get("consignor"), at + "/consignor"), party(c.get("consignee"), at + "/consignee"),
                party(c.get("notifyParty"), at + "/notifyParty"),
                values.code(c, "placeOfLoading", at, UnLocode::of), values.code(c, "placeOfUnloading", at, UnLocode::of),
                items, containers);
    }

    private Party party(JsonNode p, String at) {
        if (p == null || p.isNull()) {
            return null;
        }
        return new Party(ValueCollector.text(p, "name"), ValueCollector.text(p, "address"),
                values.code(p, "country", at, CountryCode::of), ValueCollector.text(p, "identifier"));
    }

    private GoodsItem goodsItem(JsonNode g, String at) {
        JsonNode pk = g.get("packages");
        Packages packages = pk == null ? null : new Packages(pk.path("count").asInt(), ValueCollector.text(pk, "kind"));
        JsonNode dg = g.get("dangerousGoods");
        DangerousGoods dangerousGoods = null;
        if (dg != null) {
            UnNumber un = values.code(dg, "unNumber", at + "/dangerousGoods", UnNumber::of);
            dangerousGoods = un == null ? null
                    : new DangerousGoods(un, ValueCollector.text(dg, "hazardClass"),
                            ValueCollector.text(dg, "packingGroup"), ValueCollector.decimal(dg, "flashPointCelsius"),
                            ValueCollector.text(dg, "stowagePosition"));
        }
        return new GoodsItem(g.path("sequence").asInt(), ValueCollector.text(g, "description"),
                values.code(g, "hsCode", at, HsCode::of), packages, ValueCollector.decimal(g, "grossMassKg"),
                values.codes(g, "containers", at, ContainerNumber::of), dangerousGoods,
                values.temperatureRange(g, "temperatureRange", at));
    }
}
