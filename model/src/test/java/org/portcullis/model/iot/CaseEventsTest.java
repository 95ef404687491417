package org.portcullis.model.iot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.filing.Vessel;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.GeoPosition;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.Mmsi;
import org.portcullis.model.value.UnLocode;

class CaseEventsTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final GeoPosition SEA = new GeoPosition(50.1, -3.2);

    private final Filing filing = new Filing(
            new FilingHeader("LRN-1", "m-1", "MSC", MessageFunction.ORIGINAL, AT),
            new Vessel(ImoNumber.of("9839284"), "MSC AURORA", null, null, "357123000"),
            new PortCall("FL648W", UnLocode.of("NLRTM"), AT.plusSeconds(86_400), null, 1, List.of()),
            List.of(new Consignment("BL-1", null, null, null, null, null,
                    List.of(new GoodsItem(1, "Bananas", null, null, BigDecimal.TEN,
                            List.of(ContainerNumber.of("TGHU9999995")), null)),
                    List.of(new TransportEquipment(ContainerNumber.of("MSCU1234566"), List.of("S1"))))));

    @Test
    void matchesContainersOfConsignmentsAndGoodsItemsAndTheVesselByMmsiOrImo() {
        IotEvent declaredContainer = door("d-1", "MSCU1234566");
        IotEvent goodsItemContainer = door("d-2", "TGHU9999995");
        IotEvent otherContainer = door("d-3", "CSQU3054383");
        IotEvent byMmsi = new VesselPosition("v-1", "AIS", AT, Mmsi.of("357123000"), null, SEA, null, null);
        IotEvent byImo = new VesselPosition("v-2", "AIS", AT, Mmsi.of("244123456"), ImoNumber.of("9839284"), SEA,
                null, null);
        IotEvent otherVessel = new VesselPosition("v-3", "AIS", AT, Mmsi.of("244123456"), null, SEA, null, null);

        CaseEvents events = CaseEvents.matching(List.of(declaredContainer, goodsItemContainer, otherContainer,
                byMmsi, byImo, otherVessel));

        assertThat(events.of(null, filing)).containsExactly(declaredContainer, goodsItemContainer, byMmsi, byImo);
        assertThat(CaseEvents.NONE.of(null, filing)).isEmpty();
    }

    private static DoorEvent door(String id, String container) {
        return new DoorEvent(id, "ACME", AT, ContainerNumber.of(container), DoorState.OPENED);
    }
}
