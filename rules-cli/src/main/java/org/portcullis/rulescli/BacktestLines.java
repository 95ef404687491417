package org.portcullis.rulescli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.portcullis.rules.backtest.BacktestReport;
import org.portcullis.rules.backtest.FilingComparison;
import org.portcullis.rules.backtest.RuleHits;

/** A backtest report as lines for a terminal: the summary, the lanes moved, the rules and filings that change. */
record BacktestLines(BacktestReport report, FilingDocuments documents, Path rules, Path against) {

    void write(Consumer<String> out) {
        out.accept("Backtest of " + rules + " (version " + report.draftVersion() + ") against " + against
                + " (version " + report.liveVersion() + ") over " + report.filingCount() + " filing(s): "
                + report.changedFilings().size() + " would change, " + report.lanesMoved() + " lane(s) move ("
                + report.elapsedMillis() + " ms)");
        report.laneMoves().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(move -> out.accept("  " + move.getKey() + ": " + move.getValue()));
        if (!report.changedRules().isEmpty()) {
            out.accept("Rules firing more or less:");
            for (RuleHits hits : report.changedRules()) {
                out.accept("  " + hits.ruleId() + " " + hits.ruleName() + ": " + against + " " + hits.live() + ", "
                        + rules + " " + hits.draft() + " (" + (hits.change() > 0 ? "+" : "") + hits.change() + ")");
            }
        }
        if (!report.changedFilings().isEmpty()) {
            out.accept("Filings that would change:");
            report.changedFilings().forEach(filing -> out.accept("  " + line(filing)));
        }
    }

    private String line(FilingComparison filing) {
        String name = documents.fileByMrn().getOrDefault(filing.mrn(), filing.mrn()) + " (LRN " + filing.lrn() + ")";
        if (filing.error() != null) {
            return name + ": " + filing.error();
        }
        return name + ": " + filing.liveLane() + " -> " + filing.draftLane() + ", outcome " + filing.liveOutcome()
                + " -> " + filing.draftOutcome() + (filing.rulesAdded().isEmpty() ? ""
                        : ", rules added " + String.join(", ", filing.rulesAdded()))
                + (filing.rulesGone().isEmpty() ? "" : ", rules gone " + String.join(", ", filing.rulesGone()));
    }
}
