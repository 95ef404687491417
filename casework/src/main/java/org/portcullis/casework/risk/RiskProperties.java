package org.portcullis.casework.risk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the learned risk model is trained and served (docs/risk-model.md).
 *
 * @param trainingCron when to train a new draft on the stored history (a Spring cron expression; "-", the
 *     default, trains only when an author asks)
 * @param historyDays how many days of stored filings training, scoring and the forecast read
 * @param inspectionHours the officer hours one inspection takes, for the workload forecast
 * @param pollInterval how often a node looks for a new activation in the database
 * @param generatorSeed the seed of the generated history authors may train on in a demo
 */
@ConfigurationProperties("portcullis.risk")
public record RiskProperties(String trainingCron, Integer historyDays, Double inspectionHours, Duration pollInterval,
        Long generatorSeed) {

    public RiskProperties {
        trainingCron = trainingCron == null || trainingCron.isBlank() ? "-" : trainingCron;
        historyDays = historyDays == null ? 365 : historyDays;
        inspectionHours = inspectionHours == null ? 3.0 : inspectionHours;
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        generatorSeed = generatorSeed == null ? 42L : generatorSeed;
    }
}
