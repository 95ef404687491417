package org.portcullis.rules.fact;

import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;

/** The Maritime Declaration of Health of the ship: persons ill, deaths, suspected infectious disease. */
public class HealthDeclarationFact implements TargetFact {

    private final String vessel;
    private final int personsIll;
    private final int deaths;
    private final boolean suspectedInfectiousDisease;
    private final String details;

    public HealthDeclarationFact(String vessel, int personsIll, int deaths, boolean suspectedInfectiousDisease,
            String details) {
        this.vessel = vessel;
        this.personsIll = personsIll;
        this.deaths = deaths;
        this.suspectedInfectiousDisease = suspectedInfectiousDisease;
        this.details = details;
    }

    public int getPersonsIll() {
        return personsIll;
    }

    public int getDeaths() {
        return deaths;
    }

    public boolean isSuspectedInfectiousDisease() {
        return suspectedInfectiousDisease;
    }

    /** The declaration's own words, or an empty text. */
    public String getDetails() {
        return details == null ? "" : details;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.VESSEL, vessel);
    }
}
