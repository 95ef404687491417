package org.portcullis.rules.fact.health;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.rules.fact.TargetFact;

/**
 * A port the ship left within the thirty days before arrival (from the health declaration's ports of call and the
 * port call's previous ports), with its country and how many days before arrival the ship left it.
 */
public class PortVisitedFact implements TargetFact {

    private final String vessel;
    private final String port;
    private final LocalDate departure;
    private final long daysBeforeArrival;

    public PortVisitedFact(String vessel, String port, LocalDate departure, LocalDate arrival) {
        this.vessel = vessel;
        this.port = port;
        this.departure = departure;
        this.daysBeforeArrival = departure == null ? 0 : ChronoUnit.DAYS.between(departure, arrival);
    }

    public String getPort() {
        return port;
    }

    public String getCountry() {
        return port.substring(0, 2);
    }

    /** The day the ship left the port, or null when the declaration does not say. */
    public LocalDate getDeparture() {
        return departure;
    }

    public long getDaysBeforeArrival() {
        return daysBeforeArrival;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.VESSEL, vessel);
    }
}
