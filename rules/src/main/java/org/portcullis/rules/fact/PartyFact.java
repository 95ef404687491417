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

    public PartyFact(PartyRole role, String name, String country, String identifier,
            String transportDocumentNumber) {
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

    @Override
    public Target target() {
        return new Target(TargetKind.PARTY, name + " (" + role.name().toLowerCase().replace('_', ' ') + " of "
                + transportDocumentNumber + ")");
    }
}
