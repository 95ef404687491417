package org.portcullis.app.task;

import org.portcullis.app.security.Officer;
import org.portcullis.app.security.Roles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officer's inbox: the tasks assigned to them and those offered to their groups. */
@Controller
class InboxController {

    private final OfficerTasks tasks;

    InboxController(OfficerTasks tasks) {
        this.tasks = tasks;
    }

    /** Officers start at their inbox; rule authors who are not officers at the rules. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal Officer officer) {
        boolean officerRole = officer == null || officer.groups().contains(Roles.CLERKS)
                || officer.groups().contains(Roles.SUPERVISORS);
        return officerRole || !officer.groups().contains(Roles.RULE_AUTHORS) ? "redirect:/tasks" : "redirect:/rules";
    }

    @GetMapping("/tasks")
    String inbox(@AuthenticationPrincipal Officer officer, @RequestParam(defaultValue = "0") int page, Model model) {
        int safePage = Math.max(page, 0);
        model.addAttribute("rows", tasks.inbox(officer, safePage));
        model.addAttribute("page", safePage);
        model.addAttribute("pageSize", OfficerTasks.PAGE_SIZE);
        return "tasks/inbox";
    }
}
