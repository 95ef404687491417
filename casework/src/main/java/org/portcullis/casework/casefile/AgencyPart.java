package org.portcullis.casework.casefile;

import java.util.List;
import java.util.Map;
import org.portcullis.casework.agency.PersonalDataAccessLog;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.sharing.disclosure.DisclosedDecision;
import org.portcullis.sharing.disclosure.DisclosedFinding;

/**
 * The agencies' part of a case file as one officer may see it: the officer's agencies, whether the lead agency's
 * (customs') details are theirs to read, every agency's findings and decisions (whose and what always; why only
 * where the agreement allows), each agency's state, the parts of the projected filing shown as documents (health,
 * security, waste: pointer to pretty JSON), who looked at the case's persons (for its agencies' supervisors), and the
 * watchlist matches of each agency whose reasons the officer reads ({@link ScreeningPart}).
 */
public record AgencyPart(List<String> officerAgencies, String leadAgency, boolean leadDetailed,
        List<DisclosedFinding> findings, List<DisclosedDecision> decisions, Map<String, ClearanceState> states,
        Map<String, String> particulars, List<PersonalDataAccessLog.Entry> accessLog, List<ScreeningPart> screening) {

    /** Whether a match the officer sees names the party or person of that name. */
    public boolean screened(String name) {
        return name != null && screening.stream().flatMap(part -> part.matches().stream())
                .anyMatch(row -> row.match().subject().reference().contains(name));
    }

    /** The agency holding the port call, or null. */
    public String heldBy() {
        return states.entrySet().stream().filter(e -> e.getValue() == ClearanceState.HELD).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** The port call's state over the agencies that have a state on it. */
    public ClearanceState portCallState() {
        return ClearanceState.overall(states.values());
    }
}
