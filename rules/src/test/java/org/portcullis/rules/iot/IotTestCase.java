package org.portcullis.rules.iot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.filing.Packages;
import org.portcullis.model.filing.Party;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.model.filing.TemperatureRange;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.filing.Vessel;
import org.portcullis.model.iot.ContainerPosition;
import org.portcullis.model.iot.DoorEvent;
import org.portcullis.model.iot.DoorState;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.iot.ReeferReading;
import org.portcullis.model.iot.SealEvent;
import org.portcullis.model.iot.SealStatus;
import org.portcullis.model.iot.VesselPosition;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.GeoPosition;
import org.portcullis.model.value.HsCode;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.Mmsi;
import org.portcullis.model.value.UnLocode;
import org.portcullis.rules.engine.PartyHistory;
import org.portcullis.rules.engine.RepositoryRuleSet;
import org.portcullis.rules.screening.RedressRegister;

/**
 * A reefer consignment of table grapes from Valparaiso (-1 to 0.5 °C, container CSQU3054383, seal CL7781234) on a
 * vessel with MMSI 357123000 that called at Felixstowe on its way to Rotterdam (ETA 2026-12-04 14:00 UTC), and events
 * about it, assessed with the repository's rule set.
 */
final class IotTestCase {

    static final Instant ETA = Instant.parse("2026-12-04T14:00:00Z");
    static final String CONTAINER = "CSQU3054383";
    static final String BL = "MEDUVP556677";
    static final String SEAL = "CL7781234";
    static final String MMSI = "357123000";
    static final GeoPosition ANTWERP = new GeoPosition(51.2667, 4.3333);
    static final GeoPosition ROTTERDAM_MAASVLAKTE = new GeoPosition(51.9550, 4.0400);
    static final GeoPosition BISCAY = new GeoPosition(45.5, -6.0);
    static final GeoPosition OFF_BANDAR_ABBAS = new GeoPosition(26.95, 56.40);

    private IotTestCase() {
    }

    static Filing filing() {
        GoodsItem grapes = new GoodsItem(1, "Fresh table grapes, Red Globe, in cartons", HsCode.of("080610"),
                new Packages(2400, "CT"), new BigDecimal("21600"), List.of(ContainerNumber.of(CONTAINER)), null,
                new TemperatureRange(new BigDecimal("-1"), new BigDecimal("0.5")));
        Consignment consignment = new Consignment(BL,
                new Party("Exportadora Frutícola del Valle S.A.", "Valparaiso", CountryCode.of("CL"), null),
                new Party("Holland Fruit B.V.", "Rotterdam", CountryCode.of("NL"), null), null, UnLocode.of("CLVAP"),
                UnLocode.of("NLRTM"), List.of(grapes),
                List.of(new TransportEquipment(ContainerNumber.of(CONTAINER), List.of(SEAL))));
        return new Filing(new FilingHeader("LRN-REEFER-1", "msg-1", "MSC", MessageFunction.ORIGINAL, Instant.EPOCH),
                new Vessel(ImoNumber.of("9839284"), "MSC AURORA", CountryCode.of("PA"), "3FZC7", MMSI),
                new PortCall("FL648W", UnLocode.of("NLRTM"), ETA, null, 1,
                        List.of(new PortVisit(UnLocode.of("GBFXT"), null, null, 1))),
                List.of(consignment));
    }

    static Assessment assess(Filing filing, List<IotEvent> events) {
        return RepositoryRuleSet.assessor(PartyHistory.NONE, RedressRegister.NONE)
                .assess(RepositoryRuleSet.ruleSet(), RepositoryRuleSet.unselectedMrn(filing), filing, events);
    }

    static Instant beforeEta(double hours) {
        return ETA.minusSeconds(Math.round(hours * 3600));
    }

    static SealEvent seal(String id, Instant at, String number, SealStatus status) {
        return new SealEvent(id, "ACME", at, ContainerNumber.of(CONTAINER), number, status);
    }

    static DoorEvent door(String id, Instant at, DoorState state) {
        return new DoorEvent(id, "ACME", at, ContainerNumber.of(CONTAINER), state);
    }

    static ReeferReading reefer(Instant at, double celsius) {
        return new ReeferReading("r-" + at, "ACME", at, ContainerNumber.of(CONTAINER), celsius, -0.5);
    }

    static ContainerPosition position(Instant at, GeoPosition where) {
        return new ContainerPosition("p-" + at, "TRACK", at, ContainerNumber.of(CONTAINER), where);
    }

    static VesselPosition ais(Instant at, GeoPosition where, Double knots) {
        return new VesselPosition("ais-" + at, "AIS", at, Mmsi.of(MMSI), null, where, null, knots);
    }
}
