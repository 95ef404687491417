package org.portcullis.rules.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.rules.engine.AssessmentFailedException;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.RuleDescription;
import org.portcullis.rules.engine.RuleSet;

/**
 * Assesses stored filings with the live and with a draft rule set, each under the filing's own MRN (so random
 * selection draws alike), and reports what the draft would change. Nothing is recorded: a backtest only reads.
 */
public final class Backtest {

    private final DroolsFilingAssessor assessor;

    public Backtest(DroolsFilingAssessor assessor) {
        this.assessor = assessor;
    }

    public BacktestReport run(RuleSet live, RuleSet draft, List<StoredFiling> filings) {
        long start = System.nanoTime();
        List<FilingComparison> changed = new ArrayList<>();
        Map<String, Integer> laneMoves = new TreeMap<>();
        Map<String, Integer> liveHits = new HashMap<>();
        Map<String, Integer> draftHits = new HashMap<>();
        for (StoredFiling stored : filings) {
            Assessment before = assessor.assess(live, stored.mrn(), stored.filing());
            count(before, liveHits);
            FilingComparison comparison;
            try {
                Assessment after = assessor.assess(draft, stored.mrn(), stored.filing());
                count(after, draftHits);
                comparison = new FilingComparison(stored.mrn().value(), stored.filing().header().lrn(),
                        before.outcome(), after.outcome(), before.lane(), after.lane(),
                        difference(after, before), difference(before, after), null);
            } catch (AssessmentFailedException e) {
                comparison = new FilingComparison(stored.mrn().value(), stored.filing().header().lrn(),
                        before.outcome(), null, before.lane(), null, List.of(), List.of(), e.getMessage());
            }
            if (comparison.changed()) {
                changed.add(comparison);
            }
            if (comparison.laneMoved()) {
                laneMoves.merge(comparison.liveLane() + " -> " + comparison.draftLane(), 1, Integer::sum);
            }
        }
        return new BacktestReport(live.version(), draft.version(), filings.size(), changed, laneMoves,
                hits(live, draft, liveHits, draftHits), (System.nanoTime() - start) / 1_000_000);
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
