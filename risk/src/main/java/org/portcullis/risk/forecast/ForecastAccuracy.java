package org.portcullis.risk.forecast;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.portcullis.risk.history.History;

/**
 * How far the forecast missed on a history whose arrivals are known: from each cut, the forecast is made with only
 * what was known then (calls filed before it, arrivals before it) and compared with the calls that arrived on each
 * of the next {@code days} days per port, as the mean absolute percentage error over port-days with arrivals.
 */
public final class ForecastAccuracy {

    private ForecastAccuracy() {
    }

    public static double mape(History history, List<LocalDate> cuts, int days) {
        double errors = 0;
        int count = 0;
        for (LocalDate cut : cuts) {
            Instant at = cut.atStartOfDay().toInstant(ZoneOffset.UTC);
            ArrivalForecast forecast = new Forecaster(Clock.fixed(at, ZoneOffset.UTC)).forecast(history.asKnownAt(at),
                    cut, days);
            for (ArrivalForecast.PortDay day : forecast.arrivals()) {
                long actual = history.calls().stream().filter(c -> c.port().equals(day.port()) && c.arrivedAt() != null
                        && LocalDate.ofInstant(c.arrivedAt(), ZoneOffset.UTC).equals(day.date())).count();
                if (actual > 0) {
                    errors += Math.abs(actual - day.expected()) / actual;
                    count++;
                }
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("no arrivals after the cuts " + cuts + " to measure against");
        }
        return errors / count;
    }
}
