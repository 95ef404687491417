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
 * @param reportInterval how often the trade patterns and the forecast of the stored cases are made again in the
 *     background (page views show the last ones made)
 * @param generatedAtStart whether the generated history's trade patterns (demo) are made in the background as the
 *     application starts; when false, on the first view
 * @param bagSize how many boosters a model trained here averages (1, the default: one booster; more: a bag, a little
 *     steadier on few findings and as many times dearer to score with reasons; docs/risk-model.md)
 */
@ConfigurationProperties("portcullis.risk")
public record RiskProperties(String trainingCron, Integer historyDays, Double inspectionHours, Duration pollInterval,
        Long generatorSeed, Duration reportInterval, Boolean generatedAtStart, Integer bagSize) {

    public RiskProperties {
        trainingCron = trainingCron == null || trainingCron.isBlank() ? "-" : trainingCron;
        historyDays = historyDays == null ? 365 : historyDays;
        inspectionHours = inspectionHours == null ? 3.0 : inspectionHours;
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        generatorSeed = generatorSeed == null ? 42L : generatorSeed;
        reportInterval = reportInterval == null ? Duration.ofMinutes(5) : reportInterval;
        generatedAtStart = generatedAtStart == null || generatedAtStart;
        bagSize = bagSize == null ? 1 : bagSize;
        if (bagSize < 1) {
            throw new IllegalArgumentException("portcullis.risk.bag-size must be at least 1, was " + bagSize);
        }
    }
}
