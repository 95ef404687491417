package org.portcullis.risk.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.DangerousGoods;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.Packages;
import org.portcullis.model.filing.Party;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.HsCode;
import org.portcullis.model.value.UnLocode;
import org.portcullis.model.value.UnNumber;
import org.portcullis.risk.history.DeclaredValue;

/**
 * Makes one consignment of a call: mostly goods loaded where the ship called, some transhipped from elsewhere,
 * and now and then a smuggling scheme ({@link PlantedRisk}): fruit, juice or wood from Brazil, Panama or Costa
 * Rica, transhipped, for a consignee nobody knows; apparel and footwear declared at a fraction of its value.
 */
final class ConsignmentGenerator {

    static final Set<String> SCHEME_ORIGINS = Set.of("BR", "PA", "CR");
    static final Set<Integer> SCHEME_CHAPTERS = Set.of(8, 20, 44);
    static final Set<String> APPAREL_ORIGINS = Set.of("CN", "BD", "VN", "TR");
    static final Set<Integer> APPAREL_CHAPTERS = Set.of(61, 62, 64);
    /*
     * The documents of a consignment: whether it names a notify party and declares its containers' seals. A consignor
     * that smuggles now and then leaves the notify party out more often than others, and a compromised container more
     * often travels without a declared seal: weak traces, neither enough for a rule on its own (docs/risk-model.md).
     */
    static final double NOTIFY = 0.8;
    static final double NOTIFY_CROOKED = 0.35;
    static final double UNSEALED = 0.03;
    static final double UNSEALED_COMPROMISED = 0.4;

    private final Dice dice;
    private final Catalogue catalogue;
    private final Traders traders;
    private final Equipment equipment;
    private long serial;

    ConsignmentGenerator(Dice dice, Catalogue catalogue, Traders traders, Equipment equipment) {
        this.dice = dice;
        this.catalogue = catalogue;
        this.traders = traders;
        this.equipment = equipment;
    }

    DraftConsignment consignment(String carrier, Catalogue.Service service, List<PortVisit> previous, String port) {
        serial++;
        List<String> called = previous.stream().map(v -> v.port().value()).toList();
        List<Catalogue.Origin> schemeOrigins = catalogue.origins().stream()
                .filter(o -> SCHEME_ORIGINS.contains(o.country()) && called.stream().noneMatch(o.ports()::contains))
                .toList();
        boolean scheme = !schemeOrigins.isEmpty() && dice.chance(0.008);
        Catalogue.Origin origin = scheme ? dice.pick(schemeOrigins) : origin(service, called);
        List<String> here = origin.ports().stream().filter(called::contains).toList();
        String loading = here.isEmpty() || dice.chance(0.1) ? dice.pick(origin.ports()) : dice.pick(here);
        Trader consignor = scheme && dice.chance(0.5) ? traders.front(origin.country())
                : traders.consignor(origin.country());
        Trader consignee = scheme ? traders.front(Traders.consigneeCountry(dice)) : traders.consignee();
        List<Catalogue.Goods> offer = catalogue.goodsByOrigin().get(origin.country()).stream()
                .filter(g -> !scheme || SCHEME_CHAPTERS.contains(chapter(g))).toList();
        boolean valued = dice.chance(0.85);
        boolean undervalued = false;
        List<GoodsItem> items = new ArrayList<>();
        Map<Integer, DeclaredValue> values = new HashMap<>();
        int itemCount = dice.chance(0.7) ? 1 : dice.chance(0.7) ? 2 : 3;
        double totalMass = 0;
        for (int i = 1; i <= itemCount; i++) {
            Catalogue.Goods goods = dice.pick(offer, Catalogue.Goods::weight);
            double mass = Math.round(dice.uniform(goods.massMin(), goods.massMax()));
            totalMass += mass;
            double perKg = dice.logNormal(goods.valuePerKg(), 0.3);
            if (APPAREL_ORIGINS.contains(origin.country()) && APPAREL_CHAPTERS.contains(chapter(goods))
                    && dice.chance(0.04)) {
                perKg *= dice.uniform(0.12, 0.35);
                undervalued = true;
            }
            if (valued) {
                values.put(i, new DeclaredValue(money(perKg * mass), "EUR"));
            }
            DangerousGoods dg = goods.hs().startsWith("8507")
                    ? new DangerousGoods(new UnNumber("3480"), "9", "II", null, null) : null;
            items.add(new GoodsItem(i, goods.description(), new HsCode(goods.hs()),
                    new Packages((int) Math.max(1, mass / dice.uniform(8, 40)), "PK"), money(mass), List.of(), dg));
        }
        List<TransportEquipment> containers = new ArrayList<>();
        boolean compromised = false;
        for (int i = 0; i < Math.min(3, 1 + (int) (totalMass / 22_000)); i++) {
            ContainerNumber number = equipment.container(dice);
            boolean network = equipment.compromised(number);
            compromised |= network;
            containers.add(new TransportEquipment(number,
                    dice.chance(network ? UNSEALED_COMPROMISED : UNSEALED) ? List.of()
                            : List.of("SL" + (1_000_000 + serial * 13 + i))));
        }
        Party notify = dice.chance(consignor.crooked() ? NOTIFY_CROOKED : NOTIFY) ? consignee.party()
                : null;
        Consignment consignment = new Consignment(carrier + "BL" + String.format("%08d", serial), consignor.party(),
                consignee.party(), notify, new UnLocode(loading), new UnLocode(port), items, containers);
        return new DraftConsignment(consignment, consignor, consignee, scheme, undervalued, compromised, values);
    }

    /** Three in four consignments come from the countries the ship's service calls at, the rest from anywhere. */
    private Catalogue.Origin origin(Catalogue.Service service, List<String> called) {
        List<Catalogue.Origin> local = catalogue.originsOf(service.name()).stream()
                .filter(o -> called.stream().anyMatch(o.ports()::contains)).toList();
        if (!local.isEmpty() && dice.chance(0.75)) {
            return dice.pick(local, Catalogue.Origin::weight);
        }
        return dice.pick(catalogue.origins(), Catalogue.Origin::weight);
    }

    static int chapter(Catalogue.Goods goods) {
        return Integer.parseInt(goods.hs().substring(0, 2));
    }

    private static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
