package org.portcullis.processes.clearance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.Vessel;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.Mrn;
import org.portcullis.model.value.UnLocode;
import org.portcullis.processes.incident.Incidents;

/**
 * One clearance case on the test engine with every port faked: the filing (ETA five days ahead), the assessment
 * outcome the test chooses, and what the workflow recorded, notified and told the terminal. The engine's clock
 * starts at {@link #NOW}; timers fire when a test moves it on.
 */
final class ClearanceFixture {

    static final Mrn MRN = Mrn.issue(2026, CountryCode.of("NL"), 1);
    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final Instant ETA = Instant.parse("2026-12-04T14:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final List<String> CLERKS = List.of("clerks");
    static final List<String> SUPERVISORS = List.of("supervisors", "clerks");

    final ProcessEngine engine;
    final CaseFilesFake caseFiles = new CaseFilesFake();
    final NoticesFake notices = new NoticesFake();
    final TerminalFake terminal = new TerminalFake();
    final ControlRecordsFake controls = new ControlRecordsFake();
    final List<org.portcullis.model.clearance.ClaimChange> claimChanges = new java.util.ArrayList<>();
    final Map<Mrn, Instant> knownArrivals = new HashMap<>();
    final AgencyClearancesFake agencies = new AgencyClearancesFake();
    final PortCallFormalities formalities = new PortCallFormalities(agencies, notices, terminal);
    final ClearanceService clearance;
    final OfficerDecisions officers;
    final AgencyDecisions agencyOfficers;
    final Incidents incidents;
    Outcome assessedOutcome = Outcome.RELEASE;
    ProcessInstance instance;

    ClearanceFixture(ProcessEngine engine) {
        this.engine = engine;
        ClockUtil.setCurrentTime(Date.from(NOW));
        caseFiles.filings.put(MRN, filing(ETA));
        register((mrn, filing) -> assessment());
        Mocks.register("issueNoticeDelegate", new IssueNoticeDelegate(caseFiles, notices, terminal, formalities));
        Mocks.register("agencyClearance", new AgencyClearanceSteps(agencies));
        Mocks.register("assessForAgencyDelegate", new AssessForAgencyDelegate(caseFiles, agencies));
        Mocks.register("agencyFormalityDelegate", new AgencyFormalityDelegate(caseFiles, formalities));
        Mocks.register("changeCaseStatusDelegate", new ChangeCaseStatusDelegate(caseFiles));
        Mocks.register("clearanceDeadlines",
                new ClearanceDeadlines(Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(1)));
        clearance = new ClearanceService(engine.getRuntimeService(), controls,
                mrn -> Optional.ofNullable(knownArrivals.get(mrn)), CLOCK);
        officers = new OfficerDecisions(engine.getRuntimeService(), engine.getTaskService(), caseFiles, controls,
                claimChanges::add, CLOCK);
        agencyOfficers = new AgencyDecisions(engine.getRuntimeService(), engine.getTaskService(), caseFiles, agencies,
                CLOCK);
        incidents = new Incidents(engine.getRuntimeService(), engine.getManagementService(),
                engine.getRepositoryService());
    }

    void register(FilingAssessor assessor) {
        Mocks.register("assessFilingDelegate", new AssessFilingDelegate(caseFiles, assessor, formalities));
    }

    static void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    ProcessInstance openCase() {
        clearance.open(MRN);
        instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(MRN.value())
                .singleResult();
        return instance;
    }

    /** Opens the case with the outcome and runs it until it waits (at a person, a message or a timer). */
    ProcessInstance openAndAssess(Outcome outcome) {
        assessedOutcome = outcome;
        openCase();
        runSteps();
        return instance;
    }

    /** Runs the case's due jobs (async steps, not timers) until none is left, as the job executor would. */
    void runSteps() {
        for (int round = 0; round < 20; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                    .messages().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("the case keeps producing jobs");
    }

    /** Moves the engine's clock on and fires the timer of the activity, then runs what follows. */
    void fireTimer(String activityId, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().singleResult();
        engine.getManagementService().executeJob(timer.getId());
        runSteps();
    }

    Task task() {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    void decide(ReferralDecision decision, String reason) {
        decide(decision, reason, null);
    }

    /** A clerk's decision with the internal reason and the message to the carrier (null for none). */
    void decide(ReferralDecision decision, String reason, String carrierMessage) {
        decide(decision, reason, carrierMessage, "clerk", CLERKS);
    }

    void decide(ReferralDecision decision, String reason, String carrierMessage, String officer,
            List<String> groups) {
        officers.decide(task().getId(), decision, reason, carrierMessage, officer, groups);
        runSteps();
    }

    void vesselArrives(Instant ata) {
        clearance.vesselArrived(MRN, ata);
        runSteps();
    }

    Object variable(String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    /** The values of a variable in every scope of the case (a sub-process's local variables included). */
    List<Object> scopedValues(String name) {
        return engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                .variableName(name).list().stream().map(variable -> variable.getValue()).toList();
    }

    static Filing filing(Instant eta) {
        return new Filing(new FilingHeader("LRN-1", "msg-1", "ACME", MessageFunction.ORIGINAL, NOW),
                new Vessel(ImoNumber.of("9839284"), "Flamingo", CountryCode.of("NL"), null, null),
                new PortCall("FL1", UnLocode.of("NLRTM"), eta, null, null, List.of()), List.of());
    }

    private Assessment assessment() {
        List<Finding> findings = assessedOutcome == Outcome.RELEASE ? List.of()
                : List.of(new Finding("TGT-001", "A rule", new Target(TargetKind.FILING, "LRN"), assessedOutcome,
                        "because", false));
        return Assessment.of(findings, "v1", NOW);
    }
}
