package org.portcullis.app.casefile;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The case file page: every part of the filing, the findings with their reasons, decisions and notices. */
@Controller
class CaseController {

    private final CaseFileViews views;

    CaseController(CaseFileViews views) {
        this.views = views;
    }

    @GetMapping("/cases/{mrn}")
    String show(@PathVariable String mrn, Model model) {
        model.addAttribute("caseFile", views.find(mrn)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + mrn)));
        return "cases/case";
    }
}
