package org.portcullis.app.web;

import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.springframework.stereotype.Component;

/** The agencies' names as officers know them, for pages ({@code @agencyNames.name(id)}). */
@Component("agencyNames")
public class AgencyNames {

    private final Agencies agencies;

    AgencyNames(Agencies agencies) {
        this.agencies = agencies;
    }

    /** The agency's name, or its id when the agencies file no longer names it (an old record). */
    public String name(String agencyId) {
        return agencies.byId(agencyId).map(Agency::name).orElse(agencyId);
    }
}
