package org.portcullis.rules.fact;

import java.time.Instant;
import java.util.List;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;

/** The filing as a whole: who filed it, the vessel and the port call. */
public class FilingFact implements TargetFact {

    private final String lrn;
    private final String carrierId;
    private final String vesselImoNumber;
    private final String vesselName;
    private final String flag;
    private final String portOfCall;
    private final Instant eta;
    private final List<String> previousPorts;

    public FilingFact(String lrn, String carrierId, String vesselImoNumber, String vesselName, String flag,
            String portOfCall, Instant eta, List<String> previousPorts) {
        this.lrn = lrn;
        this.carrierId = carrierId;
        this.vesselImoNumber = vesselImoNumber;
        this.vesselName = vesselName;
        this.flag = flag;
        this.portOfCall = portOfCall;
        this.eta = eta;
        this.previousPorts = List.copyOf(previousPorts);
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

    @Override
    public Target target() {
        return new Target(TargetKind.FILING, lrn);
    }
}
