package org.portcullis.processes.clearance;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.portcullis.model.clearance.CaseClosedException;
import org.portcullis.model.clearance.ClearanceCases;
import org.portcullis.model.clearance.ControlRecords;
import org.portcullis.model.pcs.VesselArrivals;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Service;

/**
 * Starts clearance cases and delivers to them what the outside world says: the carrier's amendments,
 * cancellations and answers, and the port community system's arrivals and departures. Each call works in the
 * caller's transaction; messages are correlated by business key (the MRN).
 */
@Service
public class ClearanceService implements ClearanceCases {

    private final RuntimeService runtime;
    private final ControlRecords controls;
    private final VesselArrivals arrivals;
    private final Clock clock;

    public ClearanceService(RuntimeService runtime, ControlRecords controls, VesselArrivals arrivals, Clock clock) {
        this.runtime = runtime;
        this.controls = controls;
        this.arrivals = arrivals;
        this.clock = clock;
    }

    /** Starts the case; a case filed after its vessel has arrived learns of the arrival at once. */
    @Override
    public void open(Mrn mrn) {
        runtime.startProcessInstanceByKey(ClearanceVariables.PROCESS_KEY, mrn.value());
        arrivals.arrivalForOpening(mrn).ifPresent(ata -> vesselArrived(mrn, ata));
    }

    @Override
    public void amend(Mrn mrn) {
        correlate(ClearanceVariables.FILING_AMENDED, mrn, Map.of());
    }

    @Override
    public void cancel(Mrn mrn) {
        correlate(ClearanceVariables.FILING_CANCELLED, mrn, Map.of());
    }

    /** Resumes a case waiting for the answer and records the answer on its case file. */
    @Override
    public void provideInformation(Mrn mrn, String answer) {
        correlate(ClearanceVariables.INFORMATION_PROVIDED, mrn, Map.of(ClearanceVariables.INFORMATION_ANSWER, answer));
        controls.recordInformationAnswer(mrn, answer, clock.instant());
    }

    /**
     * The vessel of the case arrived (ATA): a cleared case is released, one not cleared yet has its containers held
     * at the terminal.
     *
     * @return whether the case was still open to hear it
     */
    @Override
    public boolean vesselArrived(Mrn mrn, Instant ata) {
        return correlateIfWaiting(ClearanceVariables.VESSEL_ARRIVED, mrn, ClearanceVariables.VESSEL_ARRIVED_AT, ata);
    }

    /** Delivers the arrival only to a case waiting at {@code Event_VesselArrived} without {@code vesselArrivedAt}. */
    @Override
    public boolean missedArrival(Mrn mrn, Instant ata) {
        List<Execution> waiting = runtime.createExecutionQuery().processInstanceBusinessKey(mrn.value())
                .activityId(ClearanceVariables.AWAIT_ARRIVAL_EVENT).list();
        boolean unheard = !waiting.isEmpty() && runtime.getVariable(waiting.get(0).getProcessInstanceId(),
                ClearanceVariables.VESSEL_ARRIVED_AT) == null;
        return unheard && vesselArrived(mrn, ata);
    }

    /**
     * The vessel of the case departed (ATD): a case waiting after DO_NOT_LOAD for an amendment or a cancellation
     * closes; other cases do not wait for it.
     *
     * @return whether the case was waiting for the departure
     */
    @Override
    public boolean vesselDeparted(Mrn mrn, Instant atd) {
        return correlateIfWaiting(ClearanceVariables.VESSEL_DEPARTED, mrn, ClearanceVariables.VESSEL_DEPARTED_AT, atd);
    }

    /**
     * A re-assessment with sensor events found a stronger outcome: clearance starts again on the current version
     * (a cleared case is reopened, and its carrier and terminal told).
     *
     * @return whether the case was still being cleared
     */
    @Override
    public boolean raiseRisk(Mrn mrn, boolean wasCleared) {
        return !runtime.createMessageCorrelation(ClearanceVariables.RISK_RAISED).processInstanceBusinessKey(mrn.value())
                .setVariable(ClearanceVariables.CLEARED_BEFORE_REOPENING, wasCleared).correlateAllWithResult()
                .isEmpty();
    }

    private boolean correlateIfWaiting(String message, Mrn mrn, String variable, Instant at) {
        return !runtime.createMessageCorrelation(message).processInstanceBusinessKey(mrn.value())
                .setVariable(variable, Date.from(at)).correlateAllWithResult().isEmpty();
    }

    /** Delivers the message to the case; a case that does not wait for it is closed to it (no engine error logged). */
    private void correlate(String message, Mrn mrn, Map<String, Object> variables) {
        boolean delivered = !runtime.createMessageCorrelation(message).processInstanceBusinessKey(mrn.value())
                .setVariables(variables).correlateAllWithResult().isEmpty();
        if (!delivered) {
            throw new CaseClosedException(mrn);
        }
    }
}
