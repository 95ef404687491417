package org.portcullis.casework.officerdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.portcullis.casework.agency.PersonalDataAccessLog;
import org.portcullis.sharing.disclosure.AgencyScreeningMatch;

/** A person's record as one officer may see it (see {@link PersonRecords}). */
public record PersonRecord(DisclosedFiling filing, DisclosedFiling.Person person,
        List<PersonPortCalls.PortCallSeen> portCalls, List<AgencyScreeningMatch> matches,
        List<PersonalDataAccessLog.Entry> views) {

    /** A field of the person as shown ({@code travelDocument/number}), or null when the agreement left it out. */
    public String field(String path) {
        JsonNode node = person.fields().at("/" + path);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** "FAMILY, Given", as the lists show it. */
    public String name() {
        String given = field("givenNames");
        String family = field("familyName");
        return given == null || given.isBlank() ? family : family + ", " + given;
    }

    /** How the rules name the person in findings and screening matches: "FAMILY, Given (crew)". */
    static String targetReference(DisclosedFiling.Person person) {
        JsonNode given = person.fields().get("givenNames");
        String family = person.fields().path("familyName").asText();
        String name = given == null || given.asText().isBlank() ? family : family + ", " + given.asText();
        return name + " (" + (person.role().equals("CREW") ? "crew" : "passenger") + ")";
    }
}
