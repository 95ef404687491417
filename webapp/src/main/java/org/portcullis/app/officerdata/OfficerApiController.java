package org.portcullis.app.officerdata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.portcullis.app.security.Officer;
import org.portcullis.casework.agency.AgencyRecords;
import org.portcullis.casework.officerdata.DisclosedFiling;
import org.portcullis.casework.officerdata.OfficerFilings;
import org.portcullis.model.value.Mrn;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The officers' read API ({@code /api/v1/officer/}), signed in as on the pages (the session of the sign-in form):
 * a case with its current filing as the officer's agreements give it, and its crew and passengers. Persons read here
 * are in the access log like a case page that shows them.
 */
@RestController
class OfficerApiController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OfficerFilings filings;
    private final AgencyRecords records;

    OfficerApiController(OfficerFilings filings, AgencyRecords records) {
        this.filings = filings;
        this.records = records;
    }

    /** The case: MRN, status, registration, the officer's agencies, each agency's state, the filing as disclosed. */
    @GetMapping(value = "/api/v1/officer/cases/{mrn}", produces = "application/json")
    ObjectNode caseOf(@PathVariable String mrn, @AuthenticationPrincipal Officer officer) {
        DisclosedFiling filing = find(mrn, officer);
        ObjectNode body = header(filing);
        ObjectNode states = body.putObject("agencyStates");
        records.states(Mrn.of(filing.summary().mrn())).forEach((agency, state) -> states.put(agency, state.name()));
        body.set("filing", filing.document());
        filings.logPersonsShown(officer.userId(), filing, "officer API: case with crew and passengers");
        return body;
    }

    /** The crew and passengers as disclosed; refused (403) to an officer whose agreements show no persons. */
    @GetMapping(value = "/api/v1/officer/cases/{mrn}/persons", produces = "application/json")
    ObjectNode persons(@PathVariable String mrn, @AuthenticationPrincipal Officer officer) {
        DisclosedFiling filing = find(mrn, officer);
        if (!filing.showsPersons()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "your agencies' agreements do not show the crew and passenger lists of " + mrn);
        }
        ObjectNode body = header(filing);
        ArrayNode persons = body.putArray("persons");
        filing.persons().forEach(person -> {
            ObjectNode entry = persons.addObject().put("position", person.position()).put("role", person.role());
            entry.setAll((ObjectNode) person.fields());
        });
        filings.logPersonsShown(officer.userId(), filing, "officer API: crew and passengers");
        return body;
    }

    private DisclosedFiling find(String mrn, Officer officer) {
        return filings.find(mrn, officer.groups())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + mrn));
    }

    private static ObjectNode header(DisclosedFiling filing) {
        ObjectNode body = JSON.createObjectNode().put("mrn", filing.summary().mrn())
                .put("status", filing.summary().status().name())
                .put("registeredAt", filing.summary().registeredAt().toString());
        ArrayNode agencies = body.putArray("agencies");
        filing.disclosure().agencyIds().stream().sorted().forEach(agencies::add);
        return body;
    }
}
