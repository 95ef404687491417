package org.portcullis.processes.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * House rules for every BPMN file of the module: semantic ids (no modeler defaults), history time to live and
 * version tag on every process, unique process ids, documentation on every task, no scripts anywhere.
 */
class BpmnModelSanityTest {

    private static final Path MODELS = Path.of("src", "main", "resources", "bpmn");
    /** "Task_AssessRisk", "Flow_ToHeld", "Shape_Task_AssessRisk"; never "Activity_0x1y2z" or "Flow_1abc". */
    private static final Pattern SEMANTIC_ID = Pattern.compile("([A-Z][A-Za-z]+_)+[A-Z][A-Za-z]*");
    private static final Pattern PROCESS_ID = Pattern.compile("[a-z][A-Za-z]+");

    private static Map<Path, BpmnModelInstance> models;

    @BeforeAll
    static void readModels() throws IOException {
        models = new HashMap<>();
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                models.put(file, Bpmn.readModelFromFile(file.toFile()));
            }
        }
        assertThat(models).isNotEmpty();
    }

    @Test
    void everyElementHasASemanticId() {
        List<String> badIds = new ArrayList<>();
        models.forEach((file, model) -> model.getModelElementsByType(BaseElement.class).forEach(element -> {
            String id = element.getId();
            if (id == null) {
                return; // documentation and expressions carry no id
            }
            boolean ok = element instanceof Process ? PROCESS_ID.matcher(id).matches()
                    : SEMANTIC_ID.matcher(id).matches();
            if (!ok) {
                badIds.add(file.getFileName() + ": " + id);
            }
        }));
        assertThat(badIds).isEmpty();
    }

    @Test
    void everyProcessHasHistoryTimeToLiveVersionTagAndIsExecutable() {
        models.values().forEach(model -> model.getModelElementsByType(Process.class).forEach(process -> {
            assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
            assertThat(process.getCamundaVersionTag()).as(process.getId()).isNotBlank();
            assertThat(process.isExecutable()).as(process.getId()).isTrue();
        }));
    }

    @Test
    void processIdsAreUniqueAcrossFiles() {
        List<String> ids = models.values().stream()
                .flatMap(model -> model.getModelElementsByType(Process.class).stream()).map(Process::getId).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void noScriptsAnywhere() {
        models.forEach((file, model) -> {
            assertThat(model.getModelElementsByType(ScriptTask.class)).as(file.toString()).isEmpty();
            assertThat(model.getModelElementsByType(CamundaScript.class)).as(file.toString()).isEmpty();
        });
    }

    @Test
    void everyTaskIsDocumented() {
        models.forEach((file, model) -> {
            for (Task task : model.getModelElementsByType(Task.class)) {
                assertThat(task.getDocumentations()).as(file.getFileName() + " " + task.getId()).isNotEmpty();
            }
        });
    }

}
