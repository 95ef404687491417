package org.portcullis.app.task;

import org.portcullis.app.security.Officer;
import org.portcullis.processes.clearance.TaskClaims;
import org.portcullis.processes.identity.OfficerDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Who holds a task, as its page shows it: whether another officer holds it (the form is then shown disabled), and
 * for supervisors the officers of the task's groups it can be handed on to.
 */
@Component
class ClaimPanel {

    private final TaskClaims claims;
    private final OfficerDirectory directory;

    ClaimPanel(TaskClaims claims, OfficerDirectory directory) {
        this.claims = claims;
        this.directory = directory;
    }

    void prepare(OfficerTasks.OpenTask task, Officer officer, Model model) {
        boolean supervisor = officer.groups().contains(TaskClaims.SUPERVISORS);
        model.addAttribute("heldByOther", task.assignee() != null && !task.assignee().equals(officer.userId()));
        model.addAttribute("supervisor", supervisor);
        if (supervisor) {
            model.addAttribute("handOnTo", claims.candidateGroups(task.id()).stream()
                    .flatMap(group -> directory.members(group).stream())
                    .filter(candidate -> !candidate.userId().equals(task.assignee()))
                    .map(OfficerOption::of).distinct().toList());
        }
    }
}
