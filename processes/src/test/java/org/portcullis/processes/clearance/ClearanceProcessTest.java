package org.portcullis.processes.clearance;

import static org.portcullis.processes.clearance.ClearanceFixture.ETA;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every path test of preArrivalClearance shares: a process engine with the model deployed, the recording
 * stand-ins of the ports ({@link ClearanceFixture}), and the times of the fixture's case. Timers fire by moving the
 * engine's clock, never by waiting.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/pre-arrival-clearance.bpmn")
abstract class ClearanceProcessTest {

    static final Instant ATA = ETA.plus(Duration.ofMinutes(20));
    static final Instant REFERRAL_DEADLINE = ETA.minus(Duration.ofHours(6));
    static final Instant ANSWER_DEADLINE = ETA.minus(Duration.ofHours(12));

    ProcessEngine processEngine;
    ClearanceFixture world;

    @BeforeEach
    void openWorld(ProcessEngine engine) {
        processEngine = engine;
        BpmnAwareTests.init(processEngine);
        world = new ClearanceFixture(processEngine);
    }

    @AfterEach
    void resetWorld() {
        ClearanceFixture.reset();
    }
}
