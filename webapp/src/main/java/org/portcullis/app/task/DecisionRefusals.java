package org.portcullis.app.task;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.casework.cases.ControlRecordRepository;
import org.portcullis.app.security.Officer;
import org.portcullis.app.web.Times;
import org.portcullis.model.value.Mrn;
import org.portcullis.processes.clearance.ClearanceVariables;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tells an officer honestly what became of a task that is no longer open, instead of a bare error: their own
 * work was recorded already (a double click, the back button), another officer did it first (who, what, when), or
 * the case moved on without it (an amendment, a cancellation, an escalation). What the task ended in is looked up
 * by its kind: a decision, an inspection scheduled, or an inspection result. Nothing is recorded a second time; the
 * officer lands on the case file, where what stands is shown.
 */
@Component
public class DecisionRefusals {

    private final OfficerTasks tasks;
    private final CaseFileRepository cases;
    private final ControlRecordRepository controls;
    private final Times times;

    public DecisionRefusals(OfficerTasks tasks, CaseFileRepository cases, ControlRecordRepository controls,
            Times times) {
        this.tasks = tasks;
        this.cases = cases;
        this.controls = controls;
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
        Work done = workSince(past.definitionKey(), mrn, past.created())
                .max(Comparator.comparing(Work::at)).orElse(null);
        if (done == null) {
            Serializable status = cases.summary(mrn).map(CaseSummary::status)
                    .map(known -> FlashMessage.label("status." + known.name())).orElse("");
            redirect.addFlashAttribute("flash", FlashMessage.warning("task.closedWithoutDecision", status));
        } else if (done.officer().equals(officer.userId())) {
            redirect.addFlashAttribute("flash", FlashMessage.info(done.kind().yours(), done.what(),
                    times.dateTime(done.at())));
        } else {
            redirect.addFlashAttribute("flash", FlashMessage.warning(done.kind().others(), done.officer(),
                    done.what(), times.dateTime(done.at())));
        }
        return "redirect:/cases/" + mrn.value();
    }

    /** What officers recorded on the case since the task was created, of the kind the task ends in. */
    private Stream<Work> workSince(String taskKind, Mrn mrn, Instant created) {
        Stream<Work> all = switch (taskKind == null ? "" : taskKind) {
            case ClearanceVariables.SCHEDULE_INSPECTION_TASK -> controls.inspections(mrn).stream()
                    .map(i -> new Work(Kind.INSPECTION_SCHEDULED, i.scheduledBy(), i.place() + ", "
                            + times.dateTime(i.scheduledFor()), i.scheduledAt()));
            case ClearanceVariables.RECORD_INSPECTION_RESULT_TASK -> controls.inspections(mrn).stream()
                    .filter(i -> i.verdict() != null)
                    .map(i -> new Work(Kind.INSPECTION_RESULT, i.recordedBy(),
                            FlashMessage.label("inspectionResult." + i.verdict().name()), i.recordedAt()));
            default -> cases.decisions(mrn).stream()
                    .map(d -> new Work(Kind.DECISION, d.officer(),
                            FlashMessage.label("decision." + d.decision().name()), d.decidedAt()));
        };
        return all.filter(work -> work.at() != null && !work.at().isBefore(created));
    }

    /** An officer's recorded work: its kind, who, what (in short) and when. */
    private record Work(Kind kind, String officer, Serializable what, Instant at) {
    }

    /** What a task ends in, with the messages for the officer who did it and for another officer. */
    private enum Kind {
        DECISION("task.alreadyDecidedByYou", "task.decidedByOther"),
        INSPECTION_SCHEDULED("task.alreadyScheduledByYou", "task.scheduledByOther"),
        INSPECTION_RESULT("task.alreadyRecordedByYou", "task.recordedByOther");

        private final String yours;
        private final String others;

        Kind(String yours, String others) {
            this.yours = yours;
            this.others = others;
        }

        String yours() {
            return yours;
        }

        String others() {
            return others;
        }
    }
}
