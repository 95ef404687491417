package org.portcullis.rules.backtest;

import java.util.List;
import java.util.Map;

/**
 * What a draft rule set would change over stored filings, against the live one: the filings whose outcome, lane
 * or rules changed, the lanes moved (from and to, with counts), and every rule that fires more or less.
 */
public record BacktestReport(String liveVersion, String draftVersion, int filingCount,
        List<FilingComparison> changedFilings, Map<String, Integer> laneMoves, List<RuleHits> ruleHits,
        long elapsedMillis) {

    public BacktestReport {
        changedFilings = List.copyOf(changedFilings);
        laneMoves = Map.copyOf(laneMoves);
        ruleHits = List.copyOf(ruleHits);
    }

    public long lanesMoved() {
        return changedFilings.stream().filter(FilingComparison::laneMoved).count();
    }

    /** Only the rules whose number of findings changed. */
    public List<RuleHits> changedRules() {
        return ruleHits.stream().filter(hits -> hits.change() != 0).toList();
    }
}
