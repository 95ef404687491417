package org.portcullis.casework.pcs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.portcullis.model.pcs.PortCallEvent;
import org.portcullis.model.pcs.PortCallEventType;
import org.portcullis.model.pcs.PortCallEvents;
import org.portcullis.model.value.Mrn;
import org.portcullis.model.clearance.ClearanceCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in the port community system's events in one database transaction: records each event once (a repeated
 * event id changes nothing), finds the cases of the port call (same vessel and port, ETA within the configured
 * window of the event's time) and tells each of them. It holds the lock of the vessel's calls at the port
 * ({@link PortCallLocks}) while it does, so that a case opened at the same time either is among those told or sees
 * the event when it opens. Two copies received at once collide on the event id; the loser rolls back and is
 * redelivered as the duplicate it is.
 */
@Service
public class PortCallEventRegistration implements PortCallEvents {

    private static final Logger log = LoggerFactory.getLogger(PortCallEventRegistration.class);

    private final PortCallEventRepository events;
    private final PortCallLocks locks;
    private final ClearanceCases clearance;
    private final Duration etaWindow;
    private final Clock clock;

    public PortCallEventRegistration(PortCallEventRepository events, PortCallLocks locks, ClearanceCases clearance,
            PcsProperties properties, Clock clock) {
        this.events = events;
        this.locks = locks;
        this.clearance = clearance;
        this.etaWindow = properties.etaWindow();
        this.clock = clock;
    }

    @Override
    @Transactional
    public Receipt receive(PortCallEvent event) {
        locks.lockForEvent(event.vessel().value(), event.port().value());
        if (!events.recordIfNew(event, clock.instant())) {
            return new Receipt(true, List.of());
        }
        Instant at = event.occurredAt();
        List<Mrn> cases = events.casesOfCall(event.vessel().value(), event.port().value(), at.minus(etaWindow),
                at.plus(etaWindow));
        for (Mrn mrn : cases) {
            boolean heard = event.type() == PortCallEventType.VESSEL_ARRIVED ? clearance.vesselArrived(mrn, at)
                    : clearance.vesselDeparted(mrn, at);
            log.debug("{} {} case {}", event.type(), heard ? "changed" : "did not change", mrn);
        }
        return new Receipt(false, cases);
    }
}
