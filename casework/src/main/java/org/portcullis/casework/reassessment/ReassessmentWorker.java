package org.portcullis.casework.reassessment;

import java.time.Clock;
import org.portcullis.model.error.FailureSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works off the cases whose re-assessment is due ({@link ReassessmentRequests}) every
 * {@code portcullis.reassessment.interval}, each case in its own transaction ({@link CaseReassessment}); a case
 * whose re-assessment fails keeps its requests and is tried again next round. Every node runs it (a case is
 * re-assessed under its row lock by one of them), unless {@code portcullis.reassessment.worker-enabled=false}: a node
 * for filings beside a node for events leaves the re-assessments to the latter (docs/iot.md, "A node for events").
 */
@Component
@ConditionalOnProperty(name = "portcullis.reassessment.worker-enabled", havingValue = "true", matchIfMissing = true)
class ReassessmentWorker {

    private static final Logger log = LoggerFactory.getLogger(ReassessmentWorker.class);
    private static final int CASES_PER_ROUND = 200;

    private final ReassessmentRequests requests;
    private final CaseReassessment reassessment;
    private final Clock clock;

    ReassessmentWorker(ReassessmentRequests requests, CaseReassessment reassessment, Clock clock) {
        this.requests = requests;
        this.reassessment = reassessment;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portcullis.reassessment.interval:PT1S}")
    void workOff() {
        for (ReassessmentRequests.Pending pending : requests.pending(CASES_PER_ROUND, clock.instant())) {
            try {
                reassessment.reassess(pending);
            } catch (RuntimeException e) {
                log.warn("Re-assessing case {} failed; trying again next round: {}", pending.mrn(), FailureSummary.of(e));
            }
        }
    }
}
