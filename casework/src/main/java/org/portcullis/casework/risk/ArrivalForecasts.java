package org.portcullis.casework.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.portcullis.risk.RiskAnalysis;
import org.portcullis.risk.forecast.ArrivalForecast;
import org.springframework.stereotype.Service;

/** The forecast of arrivals per port and of inspections and officer hours for the next days, from stored cases. */
@Service
public class ArrivalForecasts {

    public static final int DAYS = 14;

    private final StoredHistory history;
    private final RiskAnalysis analysis;
    private final Clock clock;

    ArrivalForecasts(StoredHistory history, RiskAnalysis analysis, Clock clock) {
        this.history = history;
        this.analysis = analysis;
        this.clock = clock;
    }

    public ArrivalForecast next() {
        return analysis.forecast(history.read(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), DAYS);
    }
}
