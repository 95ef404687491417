package org.portcullis.app.casefile;

import java.util.Set;
import org.portcullis.app.security.Officer;
import org.portcullis.app.security.Roles;
import org.portcullis.app.web.NavigationItem;
import org.portcullis.casework.casefile.OfficerCaseFiles;
import org.portcullis.casework.casefile.OfficerCaseSearch;
import org.portcullis.model.search.Paging;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finding cases, and the case file page: every part of the filing, findings, history and decisions, as far as the
 * officer's agencies may see them (a case none of them sees is not found; a found case shows what they see of it).
 */
@Controller
class CaseController {

    static final String SEARCH = "caseSearch";

    private final OfficerCaseFiles caseFiles;
    private final OfficerCaseSearch search;

    CaseController(OfficerCaseFiles caseFiles, OfficerCaseSearch search) {
        this.caseFiles = caseFiles;
        this.search = search;
    }

    /**
     * The search. The binding result takes a hand-typed parameter that does not bind (status=FOO, page=abc): the
     * page shows it at its field and searches without it, instead of failing with status 400.
     */
    @GetMapping("/cases")
    String search(@ModelAttribute(SEARCH) CaseSearchForm form, BindingResult binding,
            @AuthenticationPrincipal Officer officer, Model model) {
        model.addAttribute("result", search.page(officer.groups(), form.getQ(), form.getStatus(), form.getLane(),
                form.getPage(), Paging.DEFAULT_SIZE));
        return "cases/search";
    }

    @GetMapping("/cases/{mrn}")
    String show(@PathVariable String mrn, @AuthenticationPrincipal Officer officer, Model model) {
        OfficerCaseFiles.OfficerCaseFile shown = caseFiles.find(mrn, officer.userId(), officer.groups())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + mrn));
        model.addAttribute("caseFile", shown.caseFile());
        model.addAttribute("agencyPart", shown.agencies());
        return "cases/case";
    }

    /** The case search's place in the navigation. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem casesNavigation() {
            return new NavigationItem("/cases", "nav.cases", 20, Set.of(Roles.CLERK, Roles.SUPERVISOR));
        }

        /** Rule authors read case files too, after their own pages (they start on the rules). */
        @Bean
        NavigationItem casesForRuleAuthors() {
            return new NavigationItem("/cases", "nav.cases", 45, Set.of(Roles.RULE_AUTHOR));
        }
    }
}
