package org.portcullis.app.officerdata;

import org.portcullis.app.security.Officer;
import org.portcullis.casework.officerdata.DisclosedFiling;
import org.portcullis.casework.officerdata.FlatRows;
import org.portcullis.casework.officerdata.OfficerFilings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The officer's CSV exports of one case: its crew and passengers, its goods lines. Each holds only what the officer's
 * agreements give (the columns too); a list the agreements do not show at all is refused (403) with the reason. A
 * persons export is in the access log like a case page that shows persons.
 */
@Controller
class OfficerExportController {

    private final OfficerFilings filings;

    OfficerExportController(OfficerFilings filings) {
        this.filings = filings;
    }

    @GetMapping("/cases/{mrn}/persons.csv")
    ResponseEntity<byte[]> persons(@PathVariable String mrn, @AuthenticationPrincipal Officer officer) {
        DisclosedFiling filing = find(mrn, officer);
        if (!filing.showsPersons()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "your agencies' agreements do not show the crew and passenger lists of " + mrn);
        }
        String csv = OfficerCsv.write(FlatRows.persons(filing));
        filings.logPersonsShown(officer.userId(), filing, "persons CSV: crew and passengers");
        return OfficerCsv.download(csv, "portcullis-" + mrn + "-persons.csv");
    }

    @GetMapping("/cases/{mrn}/goods.csv")
    ResponseEntity<byte[]> goods(@PathVariable String mrn, @AuthenticationPrincipal Officer officer) {
        DisclosedFiling filing = find(mrn, officer);
        if (!filing.disclosure().allows("/consignments/*/transportDocumentNumber")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "your agencies' agreements do not show the consignments of " + mrn);
        }
        return OfficerCsv.download(OfficerCsv.write(FlatRows.goodsLines(filing)), "portcullis-" + mrn + "-goods.csv");
    }

    private DisclosedFiling find(String mrn, Officer officer) {
        return filings.find(mrn, officer.groups())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + mrn));
    }
}
