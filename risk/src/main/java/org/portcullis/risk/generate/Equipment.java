package org.portcullis.risk.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.filing.Vessel;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.ImoNumber;

/**
 * The generated world's carriers with their fleets and the containers in circulation. A few containers are
 * compromised (used again and again by the same smuggling network): only the generator knows which.
 */
final class Equipment {

    static final List<String> CARRIERS = List.of("MAEU", "MSCU", "CMDU", "HLCU", "EGLV", "ONEY", "COSU", "ZIMU");
    private static final List<String> OWNERS = List.of("MSK", "MSC", "CMA", "HLX", "TGH", "TCN", "SEG", "FCI");
    private static final List<String> FLAGS = List.of("PA", "LR", "MH", "MT", "SG", "HK", "DK", "DE");
    private static final List<String> SHIP_NAMES = List.of("Aurora", "Borealis", "Cassiopeia", "Delphine", "Elbe",
            "Fortuna", "Galicia", "Helena", "Isabella", "Juno", "Kalmar", "Lumen");

    static final double COMPROMISED_SHARE = 0.02;

    private final List<List<Vessel>> fleets = new ArrayList<>();
    private final List<ContainerNumber> containers = new ArrayList<>();
    private final Set<ContainerNumber> compromised = new HashSet<>();

    Equipment(Dice dice) {
        int imo = 9_300_000;
        for (String carrier : CARRIERS) {
            List<Vessel> fleet = new ArrayList<>();
            for (String name : SHIP_NAMES) {
                imo += dice.between(11, 400);
                ImoNumber number = withCheckDigit(Integer.toString(imo / 10), ImoNumber::new);
                fleet.add(new Vessel(number, carrier + " " + name, new CountryCode(dice.pick(FLAGS)),
                        "C" + carrier.charAt(0) + (imo % 10_000), "2" + (imo % 100_000_000)));
            }
            fleets.add(fleet);
        }
        for (int i = 0; i < 15_000; i++) {
            String serial = String.format("%06d", 100_000 + i * 53 % 900_000);
            ContainerNumber number = withCheckDigit(dice.pick(OWNERS) + "U" + serial, ContainerNumber::new);
            containers.add(number);
            if (dice.chance(COMPROMISED_SHARE)) {
                compromised.add(number);
            }
        }
    }

    Vessel vessel(Dice dice, int carrierIndex) {
        return dice.pick(fleets.get(carrierIndex));
    }

    /** A container in circulation; a compromised one when the network is behind the consignment. */
    ContainerNumber container(Dice dice) {
        return dice.pick(containers);
    }

    boolean compromised(ContainerNumber number) {
        return compromised.contains(number);
    }

    /** The value with the one check digit its type accepts. */
    private static <T> T withCheckDigit(String body, Function<String, T> type) {
        for (int digit = 0; digit <= 9; digit++) {
            try {
                return type.apply(body + digit);
            } catch (InvalidValueException e) {
                // not this digit
            }
        }
        throw new IllegalStateException("no check digit makes " + body + " valid");
    }
}
