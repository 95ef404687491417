package org.portcullis.app.casefile;

import java.util.Set;
import org.portcullis.app.security.Roles;
import org.portcullis.app.web.NavigationItem;
import org.portcullis.app.web.Paging;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.clearance.CaseStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Finding cases, and the case file page: every part of the filing, findings, history and decisions. */
@Controller
class CaseController {

    private final CaseFileViews views;
    private final CaseSearch search;

    CaseController(CaseFileViews views, CaseSearch search) {
        this.views = views;
        this.search = search;
    }

    @GetMapping("/cases")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Lane lane, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("lane", lane);
        model.addAttribute("result", search.search(q, status, lane, Math.max(page, 0), Paging.DEFAULT_SIZE));
        return "cases/search";
    }

    @GetMapping("/cases/{mrn}")
    String show(@PathVariable String mrn, Model model) {
        model.addAttribute("caseFile", views.find(mrn)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + mrn)));
        return "cases/case";
    }

    /** The case search's place in the navigation. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem casesNavigation() {
            return new NavigationItem("/cases", "nav.cases", 20, Set.of(Roles.CLERK, Roles.SUPERVISOR));
        }
    }
}
