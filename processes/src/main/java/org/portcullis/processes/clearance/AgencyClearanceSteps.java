package org.portcullis.processes.clearance;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.portcullis.model.agency.AgencyClearances;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/**
 * What the model's expressions ask about the agencies, as {@code agencyClearance}: the agencies that clear the case
 * beside customs (the multi-instance collection) and the groups their tasks are offered to.
 */
@Component("agencyClearance")
public class AgencyClearanceSteps {

    private final AgencyClearances agencies;

    public AgencyClearanceSteps(AgencyClearances agencies) {
        this.agencies = agencies;
    }

    public List<String> agencies(DelegateExecution execution) {
        return agencies.agenciesClearing(Mrn.of(execution.getProcessBusinessKey()));
    }

    public String officers(String agency) {
        return agencies.officerGroups(agency);
    }

    public String supervisors(String agency) {
        return agencies.supervisorGroups(agency);
    }
}
