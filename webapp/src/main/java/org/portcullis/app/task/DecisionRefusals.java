package org.portcullis.app.task;

import java.util.Comparator;
import org.portcullis.app.casefile.CaseFileRepository;
import org.portcullis.app.casefile.CaseSummary;
import org.portcullis.app.security.Officer;
import org.portcullis.app.web.Times;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tells an officer honestly what became of a task that is no longer open, instead of a bare error: their own
 * decision was recorded already (a double click, the back button), another officer decided it (who, what, when),
 * or the case moved on without a decision (an amendment or cancellation). Nothing is recorded a second time; the
 * officer lands on the case file, where the decision that stands is shown.
 */
@Component
public class DecisionRefusals {

    private final OfficerTasks tasks;
    private final CaseFileRepository cases;
    private final Times times;

    public DecisionRefusals(OfficerTasks tasks, CaseFileRepository cases, Times times) {
        this.tasks = tasks;
        this.cases = cases;
        this.times = times;
    }

    /** Puts the explanation in the flash and returns where to go: the case file, or the inbox for an unknown task. */
    public String taskGone(String taskId, Officer officer, RedirectAttributes redirect) {
        var past = tasks.pastTask(taskId).orElse(null);
        if (past == null || past.mrn() == null || !Mrn.isValid(past.mrn())) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.unknown"));
            return "redirect:/tasks";
        }
        Mrn mrn = Mrn.of(past.mrn());
        OfficerDecision decision = cases.decisions(mrn).stream()
                .filter(d -> !d.decidedAt().isBefore(past.created()))
                .max(Comparator.comparing(OfficerDecision::decidedAt)).orElse(null);
        if (decision == null) {
            String status = cases.summary(mrn).map(CaseSummary::status).map(Enum::name).orElse("");
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.closedWithoutDecision", status));
        } else if (decision.officer().equals(officer.userId())) {
            redirect.addFlashAttribute("flash", FlashMessage.info("task.alreadyDecidedByYou",
                    decision.decision().name(), times.dateTime(decision.decidedAt())));
        } else {
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.decidedByOther", decision.officer(),
                    decision.decision().name(), times.dateTime(decision.decidedAt())));
        }
        return "redirect:/cases/" + mrn.value();
    }
}
