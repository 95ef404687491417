package org.portcullis.rules.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.error.FailureSummary;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.RuleDescription;
import org.portcullis.rules.engine.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assesses stored filings with the live and with a draft rule set, each under the filing's own MRN (so random
 * selection draws alike), and reports what the draft would change. Nothing is recorded: a backtest only reads. A
 * filing that either rule set cannot assess is reported with why, and the backtest goes on with the others.
 */
public final class Backtest {

    private static final Logger log = LoggerFactory.getLogger(Backtest.class);

    private final DroolsFilingAssessor assessor;

    public Backtest(DroolsFilingAssessor assessor) {
        this.assessor = assessor;
    }

    public BacktestReport run(RuleSet liveSet, RuleSet draftSet, List<StoredFiling> filings) {
        long start = System.nanoTime();
        List<FilingComparison> changed = new ArrayList<>();
        Map<String, Integer> laneMoves = new TreeMap<>();
        Map<String, Integer> liveHits = new HashMap<>();
        Map<String, Integer> draftHits = new HashMap<>();
        for (StoredFiling stored : filings) {
            Result live = assess(live(liveSet), stored, liveHits);
            Result draft = assess(draft(draftSet), stored, draftHits);
            FilingComparison comparison = live.failure == null && draft.failure == null
                    ? new FilingComparison(stored.mrn().value(), stored.filing().header().lrn(),
                            live.assessment.outcome(), draft.assessment.outcome(), live.assessment.lane(),
                            draft.assessment.lane(), difference(draft.assessment, live.assessment),
                            difference(live.assessment, draft.assessment), null)
                    : failed(stored, live, draft);
            if (comparison.changed()) {
                changed.add(comparison);
            }
            if (comparison.error() == null && comparison.laneMoved()) {
                laneMoves.merge(comparison.liveLane() + " -> " + comparison.draftLane(), 1, Integer::sum);
            }
        }
        return new BacktestReport(liveSet.version(), draftSet.version(), filings.size(), changed, laneMoves,
                hits(liveSet, draftSet, liveHits, draftHits), (System.nanoTime() - start) / 1_000_000);
    }

    /** One side of the comparison: the rule set and the words that name it in a failure. */
    private record Side(RuleSet ruleSet, String name) {
    }

    /** What one side made of a filing: its assessment, or why there is none. */
    private record Result(Assessment assessment, String failure) {
    }

    private static Side live(RuleSet ruleSet) {
        return new Side(ruleSet, "live rule set " + ruleSet.version());
    }

    private static Side draft(RuleSet ruleSet) {
        return new Side(ruleSet, "draft rule set " + ruleSet.version());
    }

    /**
     * The filing assessed by one side. Any failure (a rule that loops or throws, screening that fails) is reported
     * for this filing; the backtest goes on with the next one.
     */
    private Result assess(Side side, StoredFiling stored, Map<String, Integer> hits) {
        try {
            Assessment assessment = assessor.assess(side.ruleSet(), stored.mrn(), stored.filing());
            count(assessment, hits);
            return new Result(assessment, null);
        } catch (RuntimeException e) {
            log.warn("Backtest: filing {} cannot be assessed by the {}: {}", stored.mrn().value(), side.name(),
                    FailureSummary.of(e));
            return new Result(null, side.name() + ": " + e.getMessage());
        }
    }

    private static FilingComparison failed(StoredFiling stored, Result live, Result draft) {
        String error = Stream.of(live.failure, draft.failure).filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
        return new FilingComparison(stored.mrn().value(), stored.filing().header().lrn(),
                live.assessment == null ? null : live.assessment.outcome(),
                draft.assessment == null ? null : draft.assessment.outcome(),
                live.assessment == null ? null : live.assessment.lane(),
                draft.assessment == null ? null : draft.assessment.lane(), List.of(), List.of(), error);
    }

    private static void count(Assessment assessment, Map<String, Integer> hits) {
        assessment.findings().forEach(finding -> hits.merge(finding.ruleId(), 1, Integer::sum));
    }

    private static List<String> difference(Assessment a, Assessment b) {
        List<String> inB = b.findings().stream().map(Finding::ruleId).toList();
        return a.findings().stream().map(Finding::ruleId).distinct().filter(id -> !inB.contains(id)).sorted().toList();
    }

    private static List<RuleHits> hits(RuleSet live, RuleSet draft, Map<String, Integer> liveHits,
            Map<String, Integer> draftHits) {
        Map<String, String> names = new TreeMap<>();
        Function<List<RuleDescription>, Map<String, String>> byId = rules -> rules.stream()
                .collect(Collectors.toMap(RuleDescription::id, RuleDescription::name, (a, b) -> a));
        names.putAll(byId.apply(live.rules()));
        names.putAll(byId.apply(draft.rules()));
        return names.entrySet().stream().map(rule -> new RuleHits(rule.getKey(), rule.getValue(),
                liveHits.getOrDefault(rule.getKey(), 0), draftHits.getOrDefault(rule.getKey(), 0))).toList();
    }
}
