package org.portcullis.casework.reassessment;

import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.ClearanceCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-assesses one case in one transaction holding the case's row lock (officers and other nodes wait): the live rules
 * over the current filing with every sensor event known for it. A stronger outcome than the one the case stands on
 * (its latest recorded assessment) starts clearance again through the workflow ({@link ClearanceCases#raiseRisk}),
 * which records the new assessment, refers the case and, for a cleared case, tells the carrier and the terminal; a
 * weaker one is recorded and changes nothing, so a re-assessment never releases. A case not assessed yet, or no
 * longer being cleared, is left to its workflow.
 */
@Service
class CaseReassessment {

    private static final Logger log = LoggerFactory.getLogger(CaseReassessment.class);

    private final CaseFileRepository cases;
    private final FilingAssessor assessor;
    private final ClearanceCases clearance;
    private final ReassessmentRequests requests;
    private final ReassessmentRecords records;
    private final Clock clock;

    CaseReassessment(CaseFileRepository cases, FilingAssessor assessor, ClearanceCases clearance,
            ReassessmentRequests requests, ReassessmentRecords records, Clock clock) {
        this.cases = cases;
        this.assessor = assessor;
        this.clearance = clearance;
        this.requests = requests;
        this.records = records;
        this.clock = clock;
    }

    @Transactional
    public Optional<Reassessment.Result> reassess(ReassessmentRequests.Pending pending) {
        cases.lockForWork(pending.mrn());
        requests.done(pending);
        CaseSummary summary = cases.summary(pending.mrn()).orElse(null);
        if (summary == null || !Reassessments.REASSESSABLE.contains(summary.status())) {
            return Optional.empty();
        }
        Optional<Outcome> standing = cases.latestAssessment(pending.mrn()).map(Assessment::outcome);
        if (standing.isEmpty()) {
            return Optional.empty();
        }
        Assessment fresh = assessor.assess(pending.mrn(), cases.currentFiling(pending.mrn()));
        Reassessment.Result result;
        if (fresh.outcome().isStrongerThan(standing.get())) {
            if (!clearance.raiseRisk(pending.mrn(), summary.status() == CaseStatus.ASSESSED)) {
                return Optional.empty();
            }
            cases.changeStatus(pending.mrn(), CaseStatus.UNDER_ASSESSMENT);
            result = Reassessment.Result.REOPENED;
        } else if (standing.get().isStrongerThan(fresh.outcome())) {
            result = Reassessment.Result.STANDING_KEPT;
        } else if (pending.triggers().contains(Trigger.RULE_SET)) {
            result = Reassessment.Result.UNCHANGED;
        } else {
            return Optional.empty();
        }
        String ruleIds = fresh.findings().stream().map(Finding::ruleId).distinct().sorted()
                .collect(Collectors.joining(","));
        records.record(pending.mrn(), new Reassessment(clock.instant(), pending.triggerNames(), summary.status(),
                standing.get(), fresh.outcome(), result, ruleIds, fresh.ruleSetVersion()));
        log.info("Case {} re-assessed ({}): {} -> {} ({}), {}", pending.mrn(), pending.triggerNames(),
                standing.get(), fresh.outcome(), ruleIds, result);
        return Optional.of(result);
    }
}
