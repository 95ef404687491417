package org.portcullis.benchmark;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.portcullis.processes.clearance.ClearanceVariables;

/**
 * The other agencies as the Camunda bound's model sees them: the three that clear every filing in the application
 * the benchmark runs (port health, the maritime authority and border police of the packaged agencies file), each
 * one's assessment a stub that clears, and its formality notice a stub that does nothing. Without them the model's
 * parallel agency path does not run, and the bound would leave out work the application's engine does per filing.
 */
public final class BoundAgencies {

    /** The agencies beside customs of the agencies file the application serves when it finds none of its own. */
    static final List<String> OTHER_AGENCIES = List.of("health", "maritime", "border");

    /** {@code ${agencyClearance.agencies(execution)}}: the multi-instance collection. */
    public List<String> agencies(DelegateExecution execution) {
        return OTHER_AGENCIES;
    }

    public String officers(String agency) {
        return agency + "-officers";
    }

    public String supervisors(String agency) {
        return agency + "-supervisors";
    }

    /** Task_AssessForAgency: the agency's rules clear, as AssessForAgencyDelegate records a RELEASE. */
    static JavaDelegate assessment() {
        return execution -> {
            execution.setVariable(ClearanceVariables.AGENCY_OUTCOME, "RELEASE");
            execution.setVariable(ClearanceVariables.AGENCY_DECISION, null);
            execution.setVariable(ClearanceVariables.AGENCY_DECISION_REASON, null);
        };
    }

    /** Task_NotifyAgencyCleared: nothing for the engine to do (the application records the state and a notice). */
    static JavaDelegate formality() {
        return execution -> {
        };
    }
}
