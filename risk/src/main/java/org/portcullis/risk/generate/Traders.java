package org.portcullis.risk.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portcullis.model.filing.Party;
import org.portcullis.model.value.CountryCode;

/**
 * The generated world's consignors (per origin country) and consignees (in the EU), with made-up names. New
 * traders appear over time; fronts are traders made up for one smuggling scheme.
 */
final class Traders {

    static final double WATCHLIST_MATCH = 0.92;
    /** The share of traders that smuggle now and then; they ship half as often as others. */
    static final double CROOKED_SHARE = 0.02;
    private static final List<String> CONSIGNEE_COUNTRIES = List.of("NL", "NL", "NL", "BE", "BE", "DE", "DE", "FR",
            "PL", "CZ", "AT", "IT", "ES", "DK", "SE");
    private static final List<String> FIRST = List.of("Golden", "Blue", "Pacific", "Northern", "Royal", "Silver",
            "Green", "Eastern", "Atlantic", "United", "Bright", "Prime", "Grand", "Union", "Orient", "Delta", "Crown",
            "Summit", "Harbour", "Coastal", "Sunrise", "Evergreen", "Liberty", "Pioneer");
    private static final List<String> SECOND = List.of("Star", "River", "Ocean", "Bridge", "Lotus", "Eagle", "Anchor",
            "Valley", "Phoenix", "Horizon", "Pearl", "Falcon", "Oak", "Stone", "Wave", "Mountain", "Garden", "Sun");
    private static final List<String> TRADE = List.of("Trading", "Import Export", "Logistics", "Industries",
            "Foods", "Textiles", "Commodities", "Distribution", "Supply", "Holdings");
    private static final List<String> FORM = List.of("Co. Ltd", "Ltd", "LLC", "S.A.", "B.V.", "GmbH", "Ltda",
            "Sp. z o.o.", "S.r.l.", "Inc.");

    private final Dice dice;
    private final Map<String, List<Trader>> consignors = new HashMap<>();
    private final List<Trader> consignees = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private int serial;

    Traders(Dice dice, Catalogue catalogue) {
        this.dice = dice;
        for (Catalogue.Origin origin : catalogue.origins()) {
            List<Trader> pool = new ArrayList<>();
            int size = (int) (12 + origin.weight() * 10);
            for (int i = 0; i < size; i++) {
                pool.add(make(origin.country(), false));
            }
            consignors.put(origin.country(), pool);
        }
        for (int i = 0; i < 500; i++) {
            consignees.add(make(dice.pick(CONSIGNEE_COUNTRIES), false));
        }
    }

    /** A consignor from the country: a known one by popularity, or now and then one never seen before. */
    Trader consignor(String country) {
        List<Trader> pool = consignors.get(country);
        if (dice.chance(0.02)) {
            Trader fresh = make(country, false);
            pool.add(fresh);
            return fresh;
        }
        return dice.pick(pool, Trader::popularity);
    }

    Trader consignee() {
        if (dice.chance(0.025)) {
            Trader fresh = make(dice.pick(CONSIGNEE_COUNTRIES), false);
            consignees.add(fresh);
            return fresh;
        }
        return dice.pick(consignees, Trader::popularity);
    }

    /** A trader made up for one smuggling scheme: never seen before, and not used again by legitimate trade. */
    Trader front(String country) {
        return make(country, true);
    }

    static String consigneeCountry(Dice dice) {
        return dice.pick(CONSIGNEE_COUNTRIES);
    }

    private Trader make(String country, boolean front) {
        String name;
        do {
            name = dice.pick(FIRST) + " " + dice.pick(SECOND) + " " + dice.pick(TRADE) + " " + dice.pick(FORM);
        } while (!names.add(name));
        serial++;
        String identifier = front || dice.chance(0.25) ? null
                : country + String.format("%012d", 100_000_000_000L + serial * 7919L);
        Party party = new Party(name, dice.between(1, 240) + " " + dice.pick(SECOND) + " Road",
                new CountryCode(country), identifier);
        double closeness = closeness();
        boolean crooked = !front && dice.chance(CROOKED_SHARE);
        double popularity = Math.pow(dice.uniform(0.05, 1), 3);
        return new Trader(party, crooked ? popularity * 0.5 : popularity, crooked, closeness, front);
    }

    private double closeness() {
        double draw = dice.uniform(0, 1);
        if (draw < 0.003) {
            return dice.uniform(WATCHLIST_MATCH, 0.99);
        }
        if (draw < 0.025) {
            return dice.uniform(0.8, 0.9);
        }
        return dice.uniform(0.1, 0.6);
    }
}
