package org.portcullis.processes.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * House rules for every BPMN file of the module: semantic ids (no modeler defaults), history time to live and
 * version tag on every process, unique process ids, documentation on every task, no scripts anywhere, every service
 * task in a job with a retry cycle (so that a failure becomes an incident, never a lost case), and a diagram that
 * draws every element without shapes on top of each other.
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

    /** A service task starts a job of its own, or runs in the job of the one element before it. */
    @Test
    void everyServiceTaskRunsInAJobWithRetries() {
        models.forEach((file, model) -> {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                FlowNode jobStart = task.isCamundaAsyncBefore() ? task
                        : task.getPreviousNodes().singleResult();
                assertThat(jobStart.isCamundaAsyncBefore()).as(file.getFileName() + " " + task.getId()).isTrue();
                assertThat(jobStart.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaFailedJobRetryTimeCycle.class).count())
                        .as(file.getFileName() + " " + jobStart.getId() + " retry cycle").isEqualTo(1);
            }
        });
    }

    @Test
    void everyElementHasAShapeOrEdgeInTheDiagram() {
        models.forEach((file, model) -> {
            Set<String> drawn = new HashSet<>();
            model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
            model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
            List<String> undrawn = model.getModelElementsByType(FlowElement.class).stream()
                    .filter(element -> element instanceof FlowNode || element instanceof SequenceFlow)
                    .map(FlowElement::getId).filter(id -> !drawn.contains(id)).toList();
            assertThat(undrawn).as(file.getFileName().toString()).isEmpty();
        });
    }

    @Test
    void shapesDoNotOverlapAndStayInsideTheirSubProcess() {
        models.forEach((file, model) -> {
            List<BpmnShape> shapes = List.copyOf(model.getModelElementsByType(BpmnShape.class));
            List<String> problems = new ArrayList<>();
            for (BpmnShape shape : shapes) {
                if (shape.getBpmnElement().getParentElement() instanceof SubProcess parent
                        && !(shape.getBpmnElement() instanceof BoundaryEvent)
                        && !inside(shape.getBounds(), shapeOf(shapes, parent).getBounds())) {
                    problems.add(shape.getBpmnElement().getId() + " outside " + parent.getId());
                }
                for (BpmnShape other : shapes) {
                    if (shape != other && shape.getId().compareTo(other.getId()) < 0 && overlapAllowed(shape, other)
                            && intersect(shape.getBounds(), other.getBounds())) {
                        problems.add(shape.getBpmnElement().getId() + " overlaps " + other.getBpmnElement().getId());
                    }
                }
            }
            assertThat(problems).as(file.getFileName().toString()).isEmpty();
        });
    }

    /** Containers hold their children, and boundary events sit on the edge of their host. */
    private static boolean overlapAllowed(BpmnShape a, BpmnShape b) {
        return !contains(a, b) && !contains(b, a) && !attached(a, b) && !attached(b, a);
    }

    private static boolean contains(BpmnShape container, BpmnShape child) {
        for (var parent = child.getBpmnElement().getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent == container.getBpmnElement()) {
                return true;
            }
        }
        return false;
    }

    private static boolean attached(BpmnShape event, BpmnShape host) {
        return event.getBpmnElement() instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host.getBpmnElement();
    }

    private static BpmnShape shapeOf(List<BpmnShape> shapes, SubProcess subProcess) {
        return shapes.stream().filter(shape -> shape.getBpmnElement() == subProcess).findFirst().orElseThrow();
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
                && inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
                && inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
    }

    private static boolean intersect(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
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
