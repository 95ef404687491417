package org.portcullis.rules.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.filing.TravelDocument;
import org.portcullis.model.filing.Vessel;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.HsCode;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.UnLocode;
import org.portcullis.model.value.UnNumber;

/** Small filings for rule tests: one consignment of one goods item, varied one element at a time. */
public final class TestFilings {

    public static final String CONTAINER = "MSCU1234566";
    public static final String BL = "MEDU1234567";
    public static final Instant ETA = Instant.parse("2026-12-02T14:00:00Z");
    public static final LocalDate ARRIVAL = LocalDate.of(2026, 12, 2);

    private TestFilings() {
    }

    public static GoodsItem item(String description, String hsCode) {
        return new GoodsItem(1, description, hsCode == null ? null : HsCode.of(hsCode), new Packages(10, "CT"),
                new BigDecimal("1200.5"), List.of(ContainerNumber.of(CONTAINER)), null);
    }

    public static GoodsItem item(String description, String hsCode, int packages, String grossMassKg,
            String container) {
        return new GoodsItem(1, description, HsCode.of(hsCode), new Packages(packages, "CT"),
                new BigDecimal(grossMassKg), List.of(ContainerNumber.of(container)), null);
    }

    public static GoodsItem dangerousItem(String description, String hsCode, String unNumber) {
        return dangerousItem(description, hsCode, unNumber, "3");
    }

    public static GoodsItem dangerousItem(String description, String hsCode, String unNumber, String hazardClass) {
        return new GoodsItem(1, description, HsCode.of(hsCode), new Packages(4, "DR"), new BigDecimal("800"),
                List.of(ContainerNumber.of(CONTAINER)),
                new DangerousGoods(UnNumber.of(unNumber), hazardClass, "II", new BigDecimal("-20"), "040682"));
    }

    public static Party party(String name, String country) {
        return new Party(name, "1 Harbour Road", CountryCode.of(country), null);
    }

    public static Filing filing(GoodsItem item) {
        return filing(item, party("Shenzhen Bright Lamps Co", "CN"), party("Holland Lighting BV", "NL"));
    }

    public static Filing filing(GoodsItem item, Party consignor, Party consignee) {
        return filing(consignment(BL, "CNSZX", item, consignor, consignee), List.of());
    }

    public static Consignment consignment(String bl, String loading, GoodsItem item, Party consignor,
            Party consignee) {
        return new Consignment(bl, consignor, consignee, null, UnLocode.of(loading), UnLocode.of("NLRTM"),
                List.of(item), List.of(new TransportEquipment(ContainerNumber.of(CONTAINER), List.of("SEAL001"))));
    }

    public static Filing filing(Consignment consignment, List<String> previousPorts) {
        return new Filing(header(), vessel(), portCall(previousPorts), List.of(consignment));
    }

    public static Filing filing(List<Consignment> consignments) {
        return new Filing(header(), vessel(), portCall(List.of()), consignments);
    }

    /** A filing of the plain green goods item, with crew and passengers and a health declaration. */
    public static Filing withPeople(List<Person> crew, List<Person> passengers, HealthDeclaration health) {
        Filing cargo = filing(item("LED ceiling lamps, 230 V", "940511"));
        return new Filing(cargo.header(), cargo.vessel(), cargo.portCall(), cargo.consignments(), crew, passengers,
                health, List.of(), List.of());
    }

    public static Person person(PersonRole role, String family, String given, String birth, String nationality,
            String documentNumber, String expiry) {
        TravelDocument document = documentNumber == null ? null : new TravelDocument("PASSPORT", documentNumber,
                CountryCode.of(nationality), expiry == null ? null : LocalDate.parse(expiry));
        return new Person(role, family, given, "M", birth == null ? null : LocalDate.parse(birth), null, null,
                nationality == null ? null : CountryCode.of(nationality), document,
                role == PersonRole.CREW ? "AB" : null, null, role == PersonRole.PASSENGER ? UnLocode.of("NLRTM") : null,
                false);
    }

    private static FilingHeader header() {
        return new FilingHeader("LRN-1", "msg-1", "MSCU", MessageFunction.ORIGINAL, Instant.EPOCH);
    }

    private static Vessel vessel() {
        return new Vessel(ImoNumber.of("9321483"), "MSC TEST", CountryCode.of("PA"), "3FZC7", null);
    }

    private static PortCall portCall(List<String> previousPorts) {
        return new PortCall("FL648W", UnLocode.of("NLRTM"), ETA, null, 1, previousPorts.stream()
                .map(port -> new PortVisit(UnLocode.of(port), null, null, 1)).toList());
    }
}
