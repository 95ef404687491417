package org.portcullis.rules.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;

/**
 * The filing as a whole: who filed it, the vessel and the port call. The route is the port of call and the last
 * ports called at; it covers the days from the earliest of those calls (when the filing dates it) to this arrival.
 */
public class FilingFact implements TargetFact {

    private final String lrn;
    private final String carrierId;
    private final String vesselImoNumber;
    private final String vesselName;
    private final String flag;
    private final String portOfCall;
    private final Instant eta;
    private final List<String> previousPorts;
    private final LocalDate routeSince;

    public FilingFact(String lrn, String carrierId, String vesselImoNumber, String vesselName, String flag,
            String portOfCall, Instant eta, List<String> previousPorts) {
        this(lrn, carrierId, vesselImoNumber, vesselName, flag, portOfCall, eta, previousPorts, null);
    }

    public FilingFact(String lrn, String carrierId, String vesselImoNumber, String vesselName, String flag,
            String portOfCall, Instant eta, List<String> previousPorts, LocalDate routeSince) {
        this.lrn = lrn;
        this.carrierId = carrierId;
        this.vesselImoNumber = vesselImoNumber;
        this.vesselName = vesselName;
        this.flag = flag;
        this.portOfCall = portOfCall;
        this.eta = eta;
        this.previousPorts = List.copyOf(previousPorts);
        this.routeSince = routeSince;
    }

    public String getLrn() {
        return lrn;
    }

    public String getCarrierId() {
        return carrierId;
    }

    public String getVesselImoNumber() {
        return vesselImoNumber;
    }

    public String getVesselName() {
        return vesselName;
    }

    public String getFlag() {
        return flag;
    }

    public String getPortOfCall() {
        return portOfCall;
    }

    public Instant getEta() {
        return eta;
    }

    /** UN/LOCODEs of the last ports of call, most recent first. */
    public List<String> getPreviousPorts() {
        return previousPorts;
    }

    /** True when the port is the port of call or one of the last ports called at. */
    public boolean isOnRoute(String port) {
        return port != null && (port.equals(portOfCall) || previousPorts.contains(port));
    }

    /** The first day the declared route covers: the earliest dated call among the last ports, or null. */
    public LocalDate getRouteSince() {
        return routeSince;
    }

    /** True when the day lies within the days the declared route covers, so a port off the route is telling. */
    public boolean routeCovers(LocalDate day) {
        return day != null && routeSince != null && !day.isBefore(routeSince);
    }

    @Override
    public Target target() {
        return new Target(TargetKind.FILING, lrn);
    }
}
