package org.portcullis.app.agency;

import java.util.List;
import java.util.Set;
import org.portcullis.app.security.Officer;
import org.portcullis.app.security.Roles;
import org.portcullis.app.web.NavigationItem;
import org.portcullis.casework.agency.AgencyFigures;
import org.portcullis.casework.agency.PersonalDataAccessLog;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The agencies' own pages: each agency's figures for its officers, and its access log for its supervisors (only the
 * agencies the officer works for; never another agency's).
 */
@Controller
class AgencyPagesController {

    private static final int LOG_ENTRIES = 200;

    private final Agencies agencies;
    private final AgencyFigures figures;
    private final PersonalDataAccessLog accessLog;

    AgencyPagesController(Agencies agencies, AgencyFigures figures, PersonalDataAccessLog accessLog) {
        this.agencies = agencies;
        this.figures = figures;
        this.accessLog = accessLog;
    }

    @GetMapping("/agencies/figures")
    String figures(@AuthenticationPrincipal Officer officer, Model model) {
        List<String> mine = agencies.ofGroups(officer.groups()).stream().map(Agency::id).toList();
        model.addAttribute("agencies", mine);
        model.addAttribute("states", figures.states(mine));
        model.addAttribute("outcomes", figures.outcomes(mine));
        return "agencies/figures";
    }

    @GetMapping("/access-log")
    String accessLog(@AuthenticationPrincipal Officer officer, Model model) {
        List<String> supervised = agencies.all().stream()
                .filter(agency -> agency.groups().supervisors().stream().anyMatch(officer.groups()::contains))
                .map(Agency::id).toList();
        model.addAttribute("agencies", supervised);
        model.addAttribute("entries", accessLog.ofAgencies(supervised, LOG_ENTRIES));
        return "agencies/access-log";
    }

    /** The pages' places in the navigation. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem agencyFiguresNavigation() {
            return new NavigationItem("/agencies/figures", "nav.agencyFigures", 35, Set.of(Roles.CLERK));
        }

        @Bean
        NavigationItem accessLogNavigation() {
            return new NavigationItem("/access-log", "nav.accessLog", 36, Set.of(Roles.AGENCY_SUPERVISOR));
        }
    }
}
