package org.portcullis.casework.risk;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the trade patterns and the forecast again every {@code portcullis.risk.report-interval} (5 minutes), the
 * first time as the application starts, in the background ({@link RiskReportExecutor}): page views only read
 * what was made last. The generated history's trade patterns are made once, at start unless
 * {@code portcullis.risk.generated-at-start} is false (then on the first view).
 */
@Component
class ScheduledReports {

    private final TradePatternsOfCases patterns;
    private final ArrivalForecasts forecasts;
    private final RiskProperties properties;

    ScheduledReports(TradePatternsOfCases patterns, ArrivalForecasts forecasts, RiskProperties properties) {
        this.patterns = patterns;
        this.forecasts = forecasts;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${portcullis.risk.report-interval:PT5M}")
    void refresh() {
        forecasts.refresh();
        patterns.refreshStored();
        if (properties.generatedAtStart()) {
            patterns.refreshGenerated();
        }
    }
}
