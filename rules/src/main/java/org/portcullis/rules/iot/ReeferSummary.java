package org.portcullis.rules.iot;

import java.util.List;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.TemperatureRange;
import org.portcullis.model.iot.ReeferReading;
import org.portcullis.rules.fact.iot.ReeferTemperatures;

/** Summarises a reefer's readings (in time order) against the range declared for a goods item packed in it. */
final class ReeferSummary {

    private ReeferSummary() {
    }

    static ReeferTemperatures of(String container, String bl, GoodsItem item, List<ReeferReading> readings) {
        TemperatureRange range = item.temperatureRange();
        double min = range.minCelsius().doubleValue();
        double max = range.maxCelsius().doubleValue();
        ReeferTemperatures.Excursion longest = null;
        ReeferReading runStart = null;
        double worst = 0;
        for (int i = 0; i <= readings.size(); i++) {
            ReeferReading reading = i < readings.size() ? readings.get(i) : null;
            if (reading != null && !range.contains(reading.temperatureCelsius())) {
                double t = reading.temperatureCelsius();
                worst = runStart == null || outside(t, min, max) > outside(worst, min, max) ? t : worst;
                runStart = runStart == null ? reading : runStart;
                continue;
            }
            if (runStart != null) {
                ReeferTemperatures.Excursion run = new ReeferTemperatures.Excursion(runStart.observedAt(),
                        readings.get(i - 1).observedAt(), worst);
                longest = longest == null || run.getMinutes() > longest.getMinutes() ? run : longest;
                runStart = null;
            }
        }
        double lowest = readings.stream().mapToDouble(ReeferReading::temperatureCelsius).min().orElseThrow();
        double highest = readings.stream().mapToDouble(ReeferReading::temperatureCelsius).max().orElseThrow();
        return new ReeferTemperatures(container, bl, item.sequence(), item.description(), min, max, readings.size(),
                lowest, highest, longest);
    }

    private static double outside(double celsius, double min, double max) {
        return celsius < min ? min - celsius : celsius - max;
    }
}
