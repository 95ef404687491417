package org.portcullis.rules.fact;

import java.util.List;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;

/** One container of a consignment, with its seals. */
public class ContainerFact implements TargetFact {

    private final String number;
    private final String transportDocumentNumber;
    private final List<String> seals;

    public ContainerFact(String number, String transportDocumentNumber, List<String> seals) {
        this.number = number;
        this.transportDocumentNumber = transportDocumentNumber;
        this.seals = List.copyOf(seals);
    }

    public String getNumber() {
        return number;
    }

    public String getTransportDocumentNumber() {
        return transportDocumentNumber;
    }

    public List<String> getSeals() {
        return seals;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.CONTAINER, number);
    }

    @Override
    public String consignmentReference() {
        return transportDocumentNumber;
    }
}
