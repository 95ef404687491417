package org.portcullis.processes.clearance;

import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.BooleanValue;
import org.springframework.stereotype.Component;

/**
 * Officers' tasks are completed by Portcullis' own services alone ({@link TaskGuard}, which checks the officer and
 * records the decision in the same transaction), never through Camunda's Tasklist or API: every user task refuses
 * to complete unless the completion carries the transient mark those services set. An administrator in Cockpit can
 * still see and repair a process, but cannot make a decision that leaves no decision record.
 */
@Component
public class OfficerWorkOnly extends AbstractProcessEnginePlugin {

    /** The transient variable that marks a completion made by Portcullis' services. */
    static final String MARK = "portcullisOfficerWork";

    /** The mark, as a transient value: it is seen by the completion and never stored. */
    static BooleanValue mark() {
        return Variables.booleanValue(true, true);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_COMPLETE, OfficerWorkOnly::refuseUnmarked);
            }
        });
    }

    private static void refuseUnmarked(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariableLocal(MARK)) && !Boolean.TRUE.equals(task.getVariable(MARK))) {
            throw new ProcessEngineException("task " + task.getId() + " (" + task.getTaskDefinitionKey()
                    + ") is completed by an officer's decision in Portcullis, not through the engine's API");
        }
    }
}
