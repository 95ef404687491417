package org.portcullis.app.incident;

import java.util.Set;
import org.portcullis.app.security.Roles;
import org.portcullis.app.task.FlashMessage;
import org.portcullis.app.web.NavigationItem;
import org.portcullis.processes.incident.IncidentNotOpenException;
import org.portcullis.processes.incident.Incidents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Supervisors see the cases whose automatic steps failed past their retries, and retry them once fixed. */
@Controller
class IncidentController {

    static final int LIMIT = 200;

    private final Incidents incidents;

    IncidentController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/incidents")
    String list(Model model) {
        model.addAttribute("incidents", incidents.open(LIMIT));
        model.addAttribute("limit", LIMIT);
        return "incidents/incidents";
    }

    @PostMapping("/incidents/{incidentId}/retry")
    String retry(@PathVariable String incidentId, RedirectAttributes redirect) {
        try {
            incidents.retry(incidentId);
            redirect.addFlashAttribute("flash", FlashMessage.success("incidents.retried"));
        } catch (IncidentNotOpenException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("incidents.notOpen"));
        }
        return "redirect:/incidents";
    }

    /** The failed steps' place in the navigation. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem incidentsNavigation() {
            return new NavigationItem("/incidents", "nav.incidents", 35, Set.of(Roles.SUPERVISOR));
        }
    }
}
