package org.portcullis.rules.fact.iot;

import java.time.Instant;

/**
 * A container of a consignment reported within the area of a port (reference/port-areas.csv): which port, when,
 * whether before the vessel's arrival, and how far from the port's coordinates.
 */
public class ContainerSighting extends ContainerOfConsignment {

    private final String port;
    private final Instant observedAt;
    private final boolean beforeArrival;
    private final double distanceKm;

    public ContainerSighting(String container, String transportDocumentNumber, String port, Instant observedAt,
            boolean beforeArrival, double distanceKm) {
        super(container, transportDocumentNumber);
        this.port = port;
        this.observedAt = observedAt;
        this.beforeArrival = beforeArrival;
        this.distanceKm = distanceKm;
    }

    /** UN/LOCODE of the port. */
    public String getPort() {
        return port;
    }

    public Instant getObservedAt() {
        return observedAt;
    }

    public boolean isBeforeArrival() {
        return beforeArrival;
    }

    public double getDistanceKm() {
        return distanceKm;
    }
}
