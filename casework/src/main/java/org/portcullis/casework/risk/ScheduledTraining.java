package org.portcullis.casework.risk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Trains a draft on the stored history at {@code portcullis.risk.training-cron} (off by default). A draft never
 * serves by itself: an author reads its backtest and puts it in shadow or live.
 */
@Component
class ScheduledTraining {

    private static final Logger log = LoggerFactory.getLogger(ScheduledTraining.class);

    private final RiskModels models;

    ScheduledTraining(RiskModels models) {
        this.models = models;
    }

    @Scheduled(cron = "${portcullis.risk.training-cron:-}")
    void train() {
        try {
            log.info("Scheduled training stored draft {}", models.train("schedule", HistorySource.STORED));
        } catch (RuntimeException e) {
            log.warn("Scheduled training of the risk model failed: {}", e.getMessage());
        }
    }
}
