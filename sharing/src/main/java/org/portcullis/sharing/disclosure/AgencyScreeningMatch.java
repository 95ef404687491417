package org.portcullis.sharing.disclosure;

import java.util.Objects;
import org.portcullis.model.assessment.ScreeningMatch;

/** A watchlist match with the agency whose assessment screened the person or party. */
public record AgencyScreeningMatch(String agency, ScreeningMatch match) {

    public AgencyScreeningMatch {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(match, "match");
    }
}
