package org.portcullis.casework.iot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works off the cases waiting for re-assessment on sensor events ({@link ReassessmentRequests}) every
 * {@code portcullis.iot.reassess-interval}, each case in its own transaction ({@link EventReassessment}); a case
 * whose re-assessment fails keeps its request and is tried again next round. Off when
 * {@code portcullis.iot.reassess} is false (events are then only stored and read by the next assessment).
 */
@Component
class ReassessmentWorker {

    private static final Logger log = LoggerFactory.getLogger(ReassessmentWorker.class);
    private static final int CASES_PER_ROUND = 200;

    private final ReassessmentRequests requests;
    private final EventReassessment reassessment;
    private final boolean enabled;

    ReassessmentWorker(ReassessmentRequests requests, EventReassessment reassessment, IotProperties properties) {
        this.requests = requests;
        this.reassessment = reassessment;
        this.enabled = properties.reassess();
    }

    @Scheduled(fixedDelayString = "${portcullis.iot.reassess-interval:PT1S}")
    void workOff() {
        if (!enabled) {
            return;
        }
        for (ReassessmentRequests.Pending pending : requests.pending(CASES_PER_ROUND)) {
            try {
                reassessment.reassess(pending);
            } catch (RuntimeException e) {
                log.warn("Re-assessing case {} on sensor events failed; trying again next round", pending.mrn(), e);
            }
        }
    }
}
