package org.portcullis.risk.forecast;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.portcullis.risk.history.AgencyTask;
import org.portcullis.risk.history.CallTrace;
import org.portcullis.risk.history.History;

/**
 * Forecasts arrivals from two things anyone can check: the calls already filed for a day (their ETA), and the
 * weekday's mean number of arrivals over the last {@link #WEEKS} weeks, of which only the share usually filed later
 * than now is still to come. Expected = filed + weekday mean x share still to come. Each agency's tasks follow the
 * expected calls at the rate of tasks per call of the same weeks, and its hours at its mean hours per task.
 */
public class Forecaster {

    public static final int WEEKS = 8;

    private final Clock clock;

    public Forecaster(Clock clock) {
        this.clock = clock;
    }

    public ArrivalForecast forecast(History history, LocalDate from, int days) {
        return forecast(history.calls().stream().map(CallTrace::of).toList(), history.tasks(), from, days);
    }

    /** The forecast from call traces and the agencies' tasks: all that the forecast of a history reads. */
    public ArrivalForecast forecast(List<CallTrace> calls, List<AgencyTask> tasks, LocalDate from, int days) {
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(7L * WEEKS));
        List<CallTrace> past = calls.stream()
                .filter(c -> c.arrivedAt() != null && !c.arrivedAt().isBefore(since) && c.arrivedAt().isBefore(now))
                .toList();
        List<CallTrace> open = calls.stream()
                .filter(c -> !c.filedAt().isAfter(now) && (c.arrivedAt() == null || !c.arrivedAt().isBefore(now)))
                .toList();
        Set<String> ports = new TreeSet<>();
        calls.forEach(c -> ports.add(c.port()));
        List<Duration> leads = past.stream().map(c -> Duration.between(c.filedAt(), eta(c))).sorted().toList();
        List<ArrivalForecast.PortDay> arrivals = new ArrayList<>();
        Map<LocalDate, Double> callsPerDay = new TreeMap<>();
        for (int i = 0; i < days; i++) {
            LocalDate date = from.plusDays(i);
            double stillToCome = shareFiledLater(leads, Duration.between(now, noon(date)));
            for (String port : ports) {
                int filed = (int) open.stream().filter(c -> c.port().equals(port) && day(eta(c)).equals(date))
                        .count();
                double expected = filed + weekdayMean(past, port, date.getDayOfWeek()) * stillToCome;
                arrivals.add(new ArrivalForecast.PortDay(date, port, filed, expected));
                callsPerDay.merge(date, expected, Double::sum);
            }
        }
        return new ArrivalForecast(from, days, String.format("%d weeks of arrivals before %s (%d calls), %d filed",
                WEEKS, now, past.size(), open.size()), arrivals, workload(tasks, past, callsPerDay));
    }

    private static List<ArrivalForecast.AgencyDay> workload(List<AgencyTask> allTasks, List<CallTrace> past,
            Map<LocalDate, Double> callsPerDay) {
        Set<String> pastCalls = past.stream().map(CallTrace::mrn).collect(Collectors.toSet());
        Map<String, List<AgencyTask>> byAgency = new TreeMap<>(allTasks.stream()
                .filter(t -> pastCalls.contains(t.mrn())).collect(Collectors.groupingBy(AgencyTask::agency)));
        List<ArrivalForecast.AgencyDay> workload = new ArrayList<>();
        callsPerDay.forEach((date, calls) -> byAgency.forEach((agency, tasks) -> {
            double perCall = (double) tasks.size() / past.size();
            double hoursPerTask = tasks.stream().mapToDouble(AgencyTask::hours).average().orElse(0);
            workload.add(new ArrivalForecast.AgencyDay(date, agency, calls * perCall, calls * perCall * hoursPerTask));
        }));
        return workload;
    }

    /** The share of calls filed less than {@code horizon} before their ETA (those not filed yet for that day). */
    private static double shareFiledLater(List<Duration> sortedLeads, Duration horizon) {
        if (sortedLeads.isEmpty()) {
            return 1;
        }
        long shorter = sortedLeads.stream().filter(lead -> lead.compareTo(horizon) < 0).count();
        return (double) shorter / sortedLeads.size();
    }

    private static double weekdayMean(List<CallTrace> past, String port, DayOfWeek weekday) {
        Map<DayOfWeek, Long> counts = new EnumMap<>(DayOfWeek.class);
        past.stream().filter(c -> c.port().equals(port))
                .forEach(c -> counts.merge(day(c.arrivedAt()).getDayOfWeek(), 1L, Long::sum));
        return counts.getOrDefault(weekday, 0L) / (double) WEEKS;
    }

    private static Instant eta(CallTrace call) {
        return call.eta();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant noon(LocalDate date) {
        return date.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
