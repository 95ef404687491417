package org.portcullis.app.task;

import org.portcullis.app.security.Officer;
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

    @GetMapping("/")
    String home() {
        return "redirect:/tasks";
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
