package org.portcullis.risk.generate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What history to generate: the seed (the same seed gives the same history), the first day of arrivals, how many
 * days, and a scale for the number of port calls (1: about 35 calls and 750 consignments a day at three ports).
 */
public record GeneratorSettings(long seed, LocalDate start, int days, double callScale) {

    public GeneratorSettings {
        Objects.requireNonNull(start, "start");
        if (days < 1 || !(callScale > 0)) {
            throw new IllegalArgumentException("generate at least one day at a positive scale");
        }
    }

    /**
     * Seven months from 2026-01-05 (the first month warms the traders' records up) at scale 1: about 35 calls and
     * 750 consignments a day at three ports, so that training has the inspections of that traffic to learn from.
     */
    public static GeneratorSettings standard(long seed) {
        return new GeneratorSettings(seed, LocalDate.of(2026, 1, 5), 210, 1.0);
    }
}
