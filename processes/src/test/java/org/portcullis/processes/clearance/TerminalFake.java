package org.portcullis.processes.clearance;

import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.agency.FreePratique;
import org.portcullis.model.pcs.ContainerStatus;
import org.portcullis.model.pcs.FreePratiqueNotices;
import org.portcullis.model.pcs.TerminalNotices;
import org.portcullis.model.value.Mrn;

/** Records what the workflow told the terminal and the port community system. */
class TerminalFake implements TerminalNotices, FreePratiqueNotices {

    record Announced(Mrn mrn, ContainerStatus status) {
    }

    final List<Announced> announced = new ArrayList<>();
    final List<FreePratique> freePratique = new ArrayList<>();

    @Override
    public void announce(Mrn mrn, ContainerStatus status) {
        announced.add(new Announced(mrn, status));
    }

    @Override
    public void announce(Mrn mrn, FreePratique answer) {
        freePratique.add(answer);
    }

    List<ContainerStatus> statuses() {
        return announced.stream().map(Announced::status).toList();
    }
}
