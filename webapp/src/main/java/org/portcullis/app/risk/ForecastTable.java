package org.portcullis.app.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.portcullis.risk.forecast.ArrivalForecast;

/**
 * The forecast as one row per day: filed and expected calls of each port, expected tasks and hours of each agency,
 * in the order of the columns (a port or agency without a figure that day gets zeros).
 */
public record ForecastTable(List<String> ports, List<String> agencies, List<Row> rows) {

    public record Row(LocalDate date, List<ArrivalForecast.PortDay> ports, List<ArrivalForecast.AgencyDay> agencies) {
    }

    static ForecastTable of(ArrivalForecast forecast) {
        List<String> ports = List.copyOf(new TreeSet<>(forecast.arrivals().stream().map(ArrivalForecast.PortDay::port)
                .toList()));
        List<String> agencies = List.copyOf(new TreeSet<>(forecast.workload().stream()
                .map(ArrivalForecast.AgencyDay::agency).toList()));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < forecast.days(); i++) {
            LocalDate date = forecast.from().plusDays(i);
            rows.add(new Row(date,
                    ports.stream().map(port -> forecast.arrivals().stream()
                            .filter(d -> d.date().equals(date) && d.port().equals(port)).findFirst()
                            .orElse(new ArrivalForecast.PortDay(date, port, 0, 0))).toList(),
                    agencies.stream().map(agency -> forecast.workload().stream()
                            .filter(d -> d.date().equals(date) && d.agency().equals(agency)).findFirst()
                            .orElse(new ArrivalForecast.AgencyDay(date, agency, 0, 0))).toList()));
        }
        return new ForecastTable(ports, agencies, rows);
    }
}
