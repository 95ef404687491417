package org.portcullis.rules.fact;

import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;

/** A consignor, consignee or notify party of one consignment. */
public class PartyFact implements TargetFact {

    private final PartyRole role;
    private final String name;
    private final String country;
    private final String identifier;
    private final String transportDocumentNumber;
    private final boolean firstTime;

    public PartyFact(PartyRole role, String name, String country, String identifier,
            String transportDocumentNumber) {
        this(role, name, country, identifier, transportDocumentNumber, false);
    }

    public PartyFact(PartyRole role, String name, String country, String identifier,
            String transportDocumentNumber, boolean firstTime) {
        this.firstTime = firstTime;
        this.role = role;
        this.name = name;
        this.country = country;
        this.identifier = identifier;
        this.transportDocumentNumber = transportDocumentNumber;
    }

    public PartyRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getTransportDocumentNumber() {
        return transportDocumentNumber;
    }

    /** True when no earlier filing named this party and it is not a known trader of the reference data. */
    public boolean isFirstTime() {
        return firstTime;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.PARTY, name + " (" + role.name().toLowerCase().replace('_', ' ') + " of "
                + transportDocumentNumber + ")");
    }

    @Override
    public String consignmentReference() {
        return transportDocumentNumber;
    }
}
