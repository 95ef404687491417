package org.portcullis.casework.iot;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.FilingAssessor;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.ClearanceCases;
import org.portcullis.model.value.Mrn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-assesses one case its sensor events concern, in one transaction holding the case's row lock (officers and
 * other nodes wait): the live rules over the current filing with every event known for it. A stronger outcome than
 * the one the case stands on (its latest recorded assessment) starts clearance again through the workflow
 * ({@link ClearanceCases#raiseRisk}), which records the new assessment, refers the case and, for a cleared case,
 * tells the carrier and the terminal; a weaker one is recorded and changes nothing, so a re-assessment never releases.
 * A case not assessed yet, or no longer being cleared, is left to its workflow.
 */
@Service
class EventReassessment {

    private static final Logger log = LoggerFactory.getLogger(EventReassessment.class);

    private final CaseFileRepository cases;
    private final FilingAssessor assessor;
    private final ClearanceCases clearance;
    private final ReassessmentRequests requests;
    private final ReassessmentRecords records;
    private final Clock clock;

    EventReassessment(CaseFileRepository cases, FilingAssessor assessor, ClearanceCases clearance,
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
        Mrn mrn = pending.mrn();
        cases.lockForWork(mrn);
        requests.done(pending);
        CaseSummary summary = cases.summary(mrn).orElse(null);
        if (summary == null || !CaseSubjects.REASSESSABLE.contains(summary.status())) {
            return Optional.empty();
        }
        Optional<Outcome> standing = cases.latestAssessment(mrn).map(Assessment::outcome);
        if (standing.isEmpty()) {
            return Optional.empty();
        }
        Assessment fresh = assessor.assess(mrn, cases.currentFiling(mrn));
        List<String> ruleIds = fresh.findings().stream().map(Finding::ruleId).distinct().sorted().toList();
        if (fresh.outcome().isStrongerThan(standing.get())) {
            if (!clearance.raiseRisk(mrn, summary.status() == CaseStatus.ASSESSED)) {
                return Optional.empty();
            }
            cases.changeStatus(mrn, CaseStatus.UNDER_ASSESSMENT);
            return record(mrn, summary.status(), standing.get(), fresh, Reassessment.Result.REOPENED, ruleIds);
        }
        if (standing.get().isStrongerThan(fresh.outcome())) {
            return record(mrn, summary.status(), standing.get(), fresh, Reassessment.Result.STANDING_KEPT, ruleIds);
        }
        return Optional.empty();
    }

    private Optional<Reassessment.Result> record(Mrn mrn, CaseStatus status, Outcome standing, Assessment fresh,
            Reassessment.Result result, List<String> ruleIds) {
        records.record(mrn, clock.instant(), status, standing, fresh.outcome(), result, ruleIds);
        log.info("Case {} re-assessed on sensor events: {} -> {} ({}), {}", mrn, standing, fresh.outcome(), ruleIds,
                result);
        return Optional.of(result);
    }
}
