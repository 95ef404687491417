package org.portcullis.casework.pcs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.model.pcs.PortCallEventType;
import org.portcullis.model.pcs.VesselArrivals;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Service;

/**
 * What the port community system said about a case's port call: the events of the case's vessel at its port within
 * the ETA window, and from them the arrival (for a case filed after its vessel arrived). The arrival for a case being
 * opened is read under the lock of the vessel's calls at the port ({@link PortCallLocks}), which an event being
 * recorded holds: of the two, the one that commits second sees the other.
 */
@Service
public class VesselArrivalLookup implements VesselArrivals {

    private final PortCallEventRepository events;
    private final CaseFileRepository cases;
    private final PortCallLocks locks;
    private final Duration etaWindow;

    public VesselArrivalLookup(PortCallEventRepository events, CaseFileRepository cases, PortCallLocks locks,
            PcsProperties properties) {
        this.events = events;
        this.cases = cases;
        this.locks = locks;
        this.etaWindow = properties.etaWindow();
    }

    @Override
    public Optional<Instant> arrivalForOpening(Mrn mrn) {
        return cases.summary(mrn).flatMap(summary -> {
            locks.lockForOpening(summary.vesselImo(), summary.portOfCall());
            return eventsOfCall(summary).stream().filter(event -> event.type() == PortCallEventType.VESSEL_ARRIVED)
                    .findFirst().map(StoredPortCallEvent::occurredAt);
        });
    }

    public List<StoredPortCallEvent> eventsOfCall(CaseSummary summary) {
        return events.eventsOfCall(summary.vesselImo(), summary.portOfCall(), summary.eta().minus(etaWindow),
                summary.eta().plus(etaWindow));
    }
}
