package org.portcullis.casework.pcs;

import java.time.Duration;
import org.portcullis.casework.pcs.PortCallEventRepository.ClearedCaseArrival;
import org.portcullis.model.clearance.ClearanceCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A repair, not the path arrivals take: every {@code portcullis.pcs.missed-arrival-interval} (5 minutes) it gives
 * the recorded arrival of its vessel to each cleared case that waits for it without having heard it, each in a
 * transaction of its own under the port call's lock (so that an event being recorded and another node's sweep take
 * turns with it, and a case is told once). The lock of {@link PortCallLocks} keeps cases from missing arrivals;
 * this finds any that did all the same (from a release before that lock, or a path not thought of) and warns of each.
 */
@Component
public class MissedArrivals {

    private static final Logger log = LoggerFactory.getLogger(MissedArrivals.class);

    private final PortCallEventRepository events;
    private final PortCallLocks locks;
    private final ClearanceCases clearance;
    private final TransactionTemplate transaction;
    private final Duration etaWindow;

    public MissedArrivals(PortCallEventRepository events, PortCallLocks locks, ClearanceCases clearance,
            PlatformTransactionManager transactions, PcsProperties properties) {
        this.events = events;
        this.locks = locks;
        this.clearance = clearance;
        this.transaction = new TransactionTemplate(transactions);
        this.etaWindow = properties.etaWindow();
    }

    @Scheduled(fixedDelayString = "${portcullis.pcs.missed-arrival-interval:PT5M}", initialDelayString = "PT1M")
    void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Could not look for cases that missed their vessel's arrival: {}", e.getMessage());
        }
    }

    /** Gives each cleared case that missed its vessel's arrival the arrival; how many it gave it to. */
    public int sweep() {
        int given = 0;
        for (ClearedCaseArrival found : events.clearedCasesWithArrivals()) {
            if (Duration.between(found.eta(), found.arrivedAt()).abs().compareTo(etaWindow) <= 0 && give(found)) {
                given++;
                log.warn("Case {} waited for its vessel {} at {}, which arrived at {}, without having heard it: "
                        + "given now", found.mrn(), found.vesselImo(), found.portOfCall(), found.arrivedAt());
            }
        }
        return given;
    }

    private boolean give(ClearedCaseArrival found) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                locks.lockForEvent(found.vesselImo(), found.portOfCall());
                return clearance.missedArrival(found.mrn(), found.arrivedAt());
            }));
        } catch (RuntimeException e) {
            log.warn("Could not give case {} the arrival of its vessel (next sweep tries again): {}", found.mrn(),
                    e.getMessage());
            return false;
        }
    }
}
