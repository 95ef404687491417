package org.portcullis.app.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.portcullis.risk.forecast.ArrivalForecast;

/**
 * The forecast's two charts, in the shape static/js/dashboard.js draws: calls expected per day at all ports, and
 * officer hours expected per day at all agencies.
 */
final class ForecastCharts {

    /** One chart: its title, the days as keys and labels, a value per day. */
    record Chart(String title, List<String> keys, List<String> labels, List<Double> values) {
    }

    private ForecastCharts() {
    }

    static Map<String, Chart> of(ArrivalForecast forecast, String arrivalsTitle, String hoursTitle) {
        List<LocalDate> days = IntStream.range(0, forecast.days()).mapToObj(forecast.from()::plusDays).toList();
        return Map.of(
                "arrivals", chart(arrivalsTitle, days, day -> forecast.arrivals().stream()
                        .filter(d -> d.date().equals(day)).mapToDouble(ArrivalForecast.PortDay::expected).sum()),
                "hours", chart(hoursTitle, days, day -> forecast.workload().stream()
                        .filter(d -> d.date().equals(day)).mapToDouble(ArrivalForecast.AgencyDay::hours).sum()));
    }

    private static Chart chart(String title, List<LocalDate> days, ToDoubleFunction<LocalDate> value) {
        List<String> labels = days.stream().map(LocalDate::toString).toList();
        return new Chart(title, labels, labels,
                days.stream().map(day -> Math.round(value.applyAsDouble(day) * 10) / 10.0).toList());
    }
}
