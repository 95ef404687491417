package org.portcullis.app.task;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.portcullis.app.security.Officer;
import org.portcullis.casework.casefile.OfficerCaseFiles;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** Builds the page of an open task: its case file beside the form of its kind. */
@Component
public class TaskPages {

    static final String VIEW = "tasks/task";

    private final OfficerTasks tasks;
    private final OfficerCaseFiles caseFiles;
    private final Map<String, TaskForm> forms;
    private final ClaimPanel claims;

    TaskPages(OfficerTasks tasks, OfficerCaseFiles caseFiles, List<TaskForm> forms, ClaimPanel claims) {
        this.tasks = tasks;
        this.caseFiles = caseFiles;
        this.claims = claims;
        this.forms = forms.stream().collect(Collectors.toMap(TaskForm::taskDefinitionKey, Function.identity()));
    }

    /**
     * Fills the model of the task page and returns its view, or returns null when the task is no longer open (the
     * caller then tells the officer what became of it).
     */
    public String show(String taskId, Officer officer, Model model) {
        var task = tasks.openTask(taskId).orElse(null);
        if (task == null) {
            return null;
        }
        TaskForm form = forms.get(task.definitionKey());
        model.addAttribute("task", task);
        if (task.caseSummary() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        OfficerCaseFiles.OfficerCaseFile shown = caseFiles.of(task.caseSummary(), officer.userId(), officer.groups())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("caseFile", shown.caseFile());
        model.addAttribute("agencyPart", shown.agencies());
        claims.prepare(task, officer, model);
        if (form != null) {
            form.prepare(model);
            model.addAttribute("formTemplate", form.template());
        }
        return VIEW;
    }
}
