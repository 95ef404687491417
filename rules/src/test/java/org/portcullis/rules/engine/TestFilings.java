package org.portcullis.rules.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.DangerousGoods;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.filing.Packages;
import org.portcullis.model.filing.Party;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.filing.Vessel;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.HsCode;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.UnLocode;
import org.portcullis.model.value.UnNumber;

/** Small filings for rule tests: one consignment of one goods item, varied one element at a time. */
final class TestFilings {

    static final String CONTAINER = "MSCU1234566";

    private TestFilings() {
    }

    static GoodsItem item(String description, String hsCode) {
        return new GoodsItem(1, description, hsCode == null ? null : HsCode.of(hsCode), new Packages(10, "CT"),
                new BigDecimal("1200.5"), List.of(ContainerNumber.of(CONTAINER)), null);
    }

    static GoodsItem dangerousItem(String description, String hsCode, String unNumber) {
        return new GoodsItem(1, description, HsCode.of(hsCode), new Packages(4, "DR"), new BigDecimal("800"),
                List.of(ContainerNumber.of(CONTAINER)),
                new DangerousGoods(UnNumber.of(unNumber), "3", "II", new BigDecimal("-20"), "040682"));
    }

    static Party party(String name, String country) {
        return new Party(name, "1 Harbour Road", CountryCode.of(country), null);
    }

    static Filing filing(GoodsItem item) {
        return filing(item, party("Shenzhen Bright Lamps Co", "CN"), party("Holland Lighting BV", "NL"));
    }

    static Filing filing(GoodsItem item, Party consignor, Party consignee) {
        Consignment consignment = new Consignment("MEDU1234567", consignor, consignee, null, UnLocode.of("CNSZX"),
                UnLocode.of("NLRTM"), List.of(item),
                List.of(new TransportEquipment(ContainerNumber.of(CONTAINER), List.of("SEAL001"))));
        return new Filing(new FilingHeader("LRN-1", "msg-1", "MSCU", MessageFunction.ORIGINAL, Instant.EPOCH),
                new Vessel(ImoNumber.of("9321483"), "MSC TEST", CountryCode.of("PA"), "3FZC7", null),
                new PortCall("FL648W", UnLocode.of("NLRTM"), Instant.parse("2026-12-02T14:00:00Z"), null, 1, List.of()),
                List.of(consignment));
    }
}
