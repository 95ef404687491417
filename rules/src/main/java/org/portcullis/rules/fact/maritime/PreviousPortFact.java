package org.portcullis.rules.fact.maritime;

import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.rules.fact.TargetFact;

/** One of the last ten ports (ISPS): the security level the ship operated at there and the measures it took. */
public class PreviousPortFact implements TargetFact {

    private final String vessel;
    private final String port;
    private final int securityLevel;
    private final String additionalMeasures;

    public PreviousPortFact(String vessel, String port, Integer securityLevel, String additionalMeasures) {
        this.vessel = vessel;
        this.port = port;
        this.securityLevel = securityLevel == null ? 0 : securityLevel;
        this.additionalMeasures = additionalMeasures;
    }

    public String getPort() {
        return port;
    }

    /** The ISPS level at that port (1 to 3), or 0 when not declared. */
    public int getSecurityLevel() {
        return securityLevel;
    }

    public boolean isAdditionalMeasuresDeclared() {
        return additionalMeasures != null && !additionalMeasures.isBlank();
    }

    public String getAdditionalMeasures() {
        return additionalMeasures == null ? "" : additionalMeasures;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.VESSEL, vessel);
    }
}
