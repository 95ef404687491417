package org.portcullis.casework.reassessment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.portcullis.model.error.FailureSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An AIS gap shows in the events only once the vessel reports again; this finds the silence while it lasts. Every
 * {@code portcullis.reassessment.vessel-silence-interval} (1 minute) it queues for re-assessment each case being
 * cleared whose vessel has sent no AIS report for {@code vesselSilentAfter} before its ETA, once per silence (the
 * silence is claimed in the request's transaction; a second node's claim of the same silence fails on the unique key
 * and is skipped).
 * The assessment then sees the silence as the fact {@code VesselSilent}. Off with
 * {@code portcullis.reassessment.on-sensor-events=false}.
 */
@Component
class VesselSilenceCheck {

    private static final Logger log = LoggerFactory.getLogger(VesselSilenceCheck.class);

    private final SilentVessels silentVessels;
    private final ReassessmentRequests requests;
    private final ReassessmentProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    VesselSilenceCheck(SilentVessels silentVessels, ReassessmentRequests requests, ReassessmentProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.silentVessels = silentVessels;
        this.requests = requests;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portcullis.reassessment.vessel-silence-interval:PT1M}",
            initialDelayString = "${portcullis.reassessment.vessel-silence-interval:PT1M}")
    void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Could not look for vessels that stopped reporting: {}", FailureSummary.of(e));
        }
    }

    /** Queues the cases whose vessel fell silent since the last check; how many. */
    int check() {
        if (!properties.onSensorEvents()) {
            return 0;
        }
        Instant now = clock.instant();
        int queued = 0;
        for (SilentVessels.Silence silence : silentVessels.unclaimed(now, now.minus(properties.vesselSilentAfter()))) {
            if (queue(silence, now)) {
                queued++;
                log.info("Case {}: its vessel has sent no AIS position since {}; queued for re-assessment",
                        silence.mrn(), silence.lastReportAt());
            }
        }
        return queued;
    }

    private boolean queue(SilentVessels.Silence silence, Instant now) {
        try {
            transaction.executeWithoutResult(status -> {
                silentVessels.claim(silence, now);
                requests.request(List.of(silence.mrn()), now, Trigger.VESSEL_SILENT);
            });
            return true;
        } catch (DuplicateKeyException claimedByAnotherNode) {
            return false;
        }
    }
}
