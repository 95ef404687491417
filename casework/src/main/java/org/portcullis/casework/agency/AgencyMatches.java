package org.portcullis.casework.agency;

import java.util.List;
import java.util.Objects;
import org.portcullis.model.assessment.ScreeningMatch;

/**
 * The watchlist matches of one agency's latest assessment of a case: those its rules saw ({@code matches}, in the
 * order screening found them: a redress mark names a match by its position here) and those redress set aside.
 */
public record AgencyMatches(String agency, List<ScreeningMatch> matches, List<ScreeningMatch> setAside) {

    public AgencyMatches {
        Objects.requireNonNull(agency, "agency");
        matches = List.copyOf(matches);
        setAside = List.copyOf(setAside);
    }

    public boolean isEmpty() {
        return matches.isEmpty() && setAside.isEmpty();
    }
}
