package org.portcullis.app.officerdata;

import org.portcullis.app.security.Officer;
import org.portcullis.casework.officerdata.PersonRecord;
import org.portcullis.casework.officerdata.PersonRecords;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A person's record, opened from the crew and passenger lists of a case page: the person as the officer's
 * agreements give it, the port calls that listed the person, the watchlist matches and who looked at the record.
 * Not found for an officer whose agreements show no persons of the case.
 */
@Controller
class PersonRecordController {

    private final PersonRecords records;

    PersonRecordController(PersonRecords records) {
        this.records = records;
    }

    @GetMapping("/cases/{mrn}/persons/{position}")
    String show(@PathVariable String mrn, @PathVariable int position, @AuthenticationPrincipal Officer officer,
            Model model) {
        PersonRecord record = records.open(mrn, position, officer.userId(), officer.groups())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no person " + position + " on case " + mrn));
        model.addAttribute("record", record);
        return "cases/person";
    }
}
