package org.portcullis.rules.fact;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.stream.Collectors;
import org.portcullis.model.assessment.Target;
import org.portcullis.rules.history.PersonSighting;

/**
 * A person of this filing found on another filing's crew or passenger list (from the history of filings): the same
 * person ({@code samePerson}: same document, or same name and date of birth), or another name under the same
 * document number ({@code otherNameSameDocument}); on which vessel, where and how many days from this arrival.
 */
public class PersonSightingFact implements TargetFact {

    private final PersonFact person;
    private final PersonSighting sighting;
    private final boolean samePerson;
    private final boolean otherNameSameDocument;
    private final boolean sameVessel;

    public PersonSightingFact(PersonFact person, PersonSighting sighting, boolean samePerson,
            boolean otherNameSameDocument, boolean sameVessel) {
        this.person = person;
        this.sighting = sighting;
        this.samePerson = samePerson;
        this.otherNameSameDocument = otherNameSameDocument;
        this.sameVessel = sameVessel;
    }

    public PersonFact getPerson() {
        return person;
    }

    public boolean isSamePerson() {
        return samePerson;
    }

    public boolean isOtherNameSameDocument() {
        return otherNameSameDocument;
    }

    public boolean isSameVessel() {
        return sameVessel;
    }

    public String getVesselImoNumber() {
        return sighting.vesselImoNumber();
    }

    public String getVesselName() {
        return sighting.vesselName();
    }

    public String getPortOfCall() {
        return sighting.portOfCall();
    }

    /** The name on that other list. */
    public String getListedName() {
        return sighting.fullName();
    }

    /** Days between that call's arrival and this one's, whichever came first. */
    public long getDaysApart() {
        return Math.abs(ChronoUnit.DAYS.between(sighting.arrivalDate(), person.getArrivalDate()));
    }

    /** "MSC AURORA (IMO 9839284) at NLRTM on 2026-11-20". */
    public String describe() {
        return sighting.vesselName() + " (IMO " + sighting.vesselImoNumber() + ") at " + sighting.portOfCall()
                + " on " + sighting.arrivalDate();
    }

    /** Each sighting described, separated by "; ", for a finding's reason. */
    public static String describeAll(Collection<?> sightings) {
        return sightings.stream().map(sighting -> ((PersonSightingFact) sighting).describe())
                .collect(Collectors.joining("; "));
    }

    @Override
    public Target target() {
        return person.target();
    }
}
