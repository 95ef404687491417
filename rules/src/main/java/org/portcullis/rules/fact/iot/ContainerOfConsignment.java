package org.portcullis.rules.fact.iot;

import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.rules.fact.TargetFact;

/** A fact about one container of one consignment: findings about it count for the container and its consignment. */
public abstract class ContainerOfConsignment implements TargetFact {

    private final String container;
    private final String transportDocumentNumber;

    protected ContainerOfConsignment(String container, String transportDocumentNumber) {
        this.container = container;
        this.transportDocumentNumber = transportDocumentNumber;
    }

    /** The ISO 6346 number of the container. */
    public String getContainer() {
        return container;
    }

    public String getTransportDocumentNumber() {
        return transportDocumentNumber;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.CONTAINER, container);
    }

    @Override
    public String consignmentReference() {
        return transportDocumentNumber;
    }
}
