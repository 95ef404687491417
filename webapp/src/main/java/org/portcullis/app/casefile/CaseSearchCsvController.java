package org.portcullis.app.casefile;

import org.portcullis.app.officerdata.OfficerCsv;
import org.portcullis.app.security.Officer;
import org.portcullis.casework.casefile.CaseColumns;
import org.portcullis.casework.casefile.OfficerCaseSearch;
import org.portcullis.casework.officerdata.FlatRows;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case search's results as CSV: every case the search page's filters find (not only its page), from the same
 * rows the page shows ({@link OfficerCaseSearch}), so a column whose field the officer's agreements do not give is
 * neither a value nor a column name. A search that finds more than one CSV holds is refused with the count.
 */
@Controller
class CaseSearchCsvController {

    private final OfficerCaseSearch search;

    CaseSearchCsvController(OfficerCaseSearch search) {
        this.search = search;
    }

    /** A filter that does not bind (status=FOO) is left out, as on the page. */
    @GetMapping("/cases.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute(CaseController.SEARCH) CaseSearchForm form, BindingResult binding,
            @AuthenticationPrincipal Officer officer) {
        OfficerCaseSearch.Found found = search.all(officer.groups(), form.getQ(), form.getStatus(), form.getLane());
        if (!found.complete()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the search finds " + found.total()
                    + " cases, more than the " + OfficerCaseSearch.CSV_LIMIT + " one CSV holds: narrow it by text,"
                    + " status or lane");
        }
        FlatRows.Table table = new FlatRows.Table(found.columns(),
                found.cases().stream().map(CaseColumns::cells).toList());
        return OfficerCsv.download(OfficerCsv.write(table), "portcullis-cases.csv");
    }
}
