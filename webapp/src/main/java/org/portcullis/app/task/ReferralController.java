package org.portcullis.app.task;

import jakarta.validation.Valid;
import org.portcullis.app.casefile.CaseFileViews;
import org.portcullis.app.security.Officer;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.processes.clearance.ClearanceService;
import org.portcullis.processes.clearance.TaskNotOpenException;
import org.portcullis.processes.clearance.TaskNotYoursException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Working a referral: the case file beside the decision form; claim, unclaim and decide. */
@Controller
class ReferralController {

    private static final String VIEW = "tasks/referral";

    private final OfficerTasks tasks;
    private final CaseFileViews caseFiles;
    private final ClearanceService clearance;

    ReferralController(OfficerTasks tasks, CaseFileViews caseFiles, ClearanceService clearance) {
        this.tasks = tasks;
        this.caseFiles = caseFiles;
        this.clearance = clearance;
    }

    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Model model, RedirectAttributes redirect) {
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm());
        }
        return showTask(taskId, model, redirect);
    }

    @PostMapping("/tasks/{taskId}/decision")
    String decide(@PathVariable String taskId, @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding, @AuthenticationPrincipal Officer officer, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return showTask(taskId, model, redirect);
        }
        try {
            OfficerDecision decision = clearance.decideReferral(taskId, form.getDecision(), form.getReason().strip(),
                    officer.userId(), officer.groups());
            redirect.addFlashAttribute("flash", FlashMessage.success("decision.recorded",
                    decision.decision().name(), decision.mrn().value()));
        } catch (TaskNotOpenException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notOpen"));
        } catch (TaskNotYoursException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notYours"));
        }
        return "redirect:/tasks";
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @AuthenticationPrincipal Officer officer, RedirectAttributes redirect) {
        try {
            clearance.claim(taskId, officer.userId(), officer.groups());
        } catch (TaskNotOpenException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notOpen"));
            return "redirect:/tasks";
        } catch (TaskNotYoursException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notYours"));
        }
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, @AuthenticationPrincipal Officer officer,
            RedirectAttributes redirect) {
        try {
            clearance.unclaim(taskId, officer.userId());
        } catch (TaskNotOpenException | TaskNotYoursException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notYours"));
        }
        return "redirect:/tasks";
    }

    private String showTask(String taskId, Model model, RedirectAttributes redirect) {
        var task = tasks.openTask(taskId).orElse(null);
        if (task == null) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.notOpen"));
            return "redirect:/tasks";
        }
        model.addAttribute("task", task);
        model.addAttribute("caseFile", caseFiles.find(task.mrn())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return VIEW;
    }
}
