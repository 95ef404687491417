package org.portcullis.app.task;

import jakarta.validation.Valid;
import java.util.Set;
import org.portcullis.casework.casefile.CaseSearch;
import org.portcullis.app.security.Officer;
import org.portcullis.app.security.Roles;
import org.portcullis.app.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The officer's inbox: the tasks assigned to them and those offered to their groups; filtered, sorted, paged. */
@Controller
class InboxController {

    private final OfficerTasks tasks;
    private final CaseSearch cases;

    InboxController(OfficerTasks tasks, CaseSearch cases) {
        this.tasks = tasks;
        this.cases = cases;
    }

    @GetMapping("/tasks")
    String inbox(@AuthenticationPrincipal Officer officer, @Valid @ModelAttribute("filter") InboxFilter filter,
            BindingResult binding, Model model) {
        binding.getFieldErrors().forEach(error -> filter.reset(error.getField()));
        model.addAttribute("inbox", tasks.inbox(officer, filter));
        model.addAttribute("ports", cases.portsOfCall());
        model.addAttribute("links", new InboxLinks(filter));
        return "tasks/inbox";
    }

    /** The inbox's place in the navigation. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem inboxNavigation() {
            return new NavigationItem("/tasks", "nav.inbox", 10, Set.of(Roles.CLERK, Roles.SUPERVISOR));
        }
    }
}
