package org.portcullis.casework.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.portcullis.risk.RiskAnalysis;
import org.portcullis.risk.forecast.ArrivalForecast;
import org.springframework.stereotype.Service;

/**
 * The forecast of arrivals per port and of inspections and officer hours for the next days, from stored cases:
 * made in the background every {@code portcullis.risk.report-interval} ({@link ScheduledReports}) and shared by
 * every page view and CSV download.
 */
@Service
public class ArrivalForecasts {

    public static final int DAYS = 14;

    private final PreparedReport<ArrivalForecast> forecast;

    ArrivalForecasts(StoredTraces traces, RiskAnalysis analysis, RiskProperties properties,
            RiskReportExecutor executor, Clock clock) {
        this.forecast = PreparedReport.refreshedEvery(properties.reportInterval(), "forecast of arrivals and workload",
                now -> {
                    StoredTraces.Traces stored = traces.read();
                    return analysis.forecast(stored.calls(), stored.tasks(), LocalDate.ofInstant(now, ZoneOffset.UTC),
                            DAYS);
                },
                executor.executor(), clock);
    }

    /** The forecast last made, without waiting for a new one (not ready while the first is being made). */
    public PreparedReport.Snapshot<ArrivalForecast> latest() {
        return forecast.snapshot();
    }

    /** How often the forecast is made again. */
    public Duration interval() {
        return forecast.interval();
    }

    void refresh() {
        forecast.refresh();
    }
}
