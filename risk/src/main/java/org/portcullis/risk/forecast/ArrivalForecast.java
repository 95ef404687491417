package org.portcullis.risk.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Arrivals per day and port, and each agency's tasks and officer hours per day, with the basis they were worked out
 * from (how many weeks of history, as of when).
 */
public record ArrivalForecast(LocalDate from, int days, String basis, List<PortDay> arrivals,
        List<AgencyDay> workload) {

    /** One port on one day: calls already filed for it, and the calls expected in all. */
    public record PortDay(LocalDate date, String port, int filed, double expected) {
    }

    /** One agency on one day: the tasks expected and the officer hours they take. */
    public record AgencyDay(LocalDate date, String agency, double tasks, double hours) {
    }

    public ArrivalForecast {
        arrivals = List.copyOf(arrivals);
        workload = List.copyOf(workload);
    }

    /** The expected calls of one port on one day (0 when the forecast has none). */
    public double expected(LocalDate date, String port) {
        return arrivals.stream().filter(d -> d.date().equals(date) && d.port().equals(port))
                .mapToDouble(PortDay::expected).sum();
    }

    /** Both tables as CSV: {@code date,kind,name,filed,expected,hours}. */
    public String csv() {
        StringBuilder csv = new StringBuilder("date,kind,name,filed,expected,hours\n");
        arrivals.forEach(d -> csv.append(String.format(Locale.ROOT, "%s,arrivals,%s,%d,%.1f,\n", d.date(), d.port(),
                d.filed(), d.expected())));
        workload.forEach(d -> csv.append(String.format(Locale.ROOT, "%s,tasks,%s,,%.1f,%.1f\n", d.date(),
                d.agency(), d.tasks(), d.hours())));
        return csv.toString();
    }
}
