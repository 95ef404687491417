package org.portcullis.processes.clearance;

import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.pcs.ContainerStatus;
import org.portcullis.model.pcs.TerminalNotices;
import org.portcullis.model.value.Mrn;

/** Records what the workflow told the terminal. */
class TerminalFake implements TerminalNotices {

    record Announced(Mrn mrn, ContainerStatus status) {
    }

    final List<Announced> announced = new ArrayList<>();

    @Override
    public void announce(Mrn mrn, ContainerStatus status) {
        announced.add(new Announced(mrn, status));
    }

    List<ContainerStatus> statuses() {
        return announced.stream().map(Announced::status).toList();
    }
}
