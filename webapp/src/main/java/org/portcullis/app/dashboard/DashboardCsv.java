package org.portcullis.app.dashboard;

import org.portcullis.casework.dashboard.DashboardFigures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The dashboard's figures as CSV (RFC 4180), one figure per row: the figure's name, the thing it is about (its
 * code), the value, its unit, and the label people read for the thing (in the reader's language: a status, a lane,
 * who decided, a rule's name). The same figures the page shows, for a spreadsheet.
 */
final class DashboardCsv {

    private static final String[] HEADER = {"figure", "key", "value", "unit", "label"};

    private DashboardCsv() {
    }

    /** The figures, each thing labelled by {@code labels} (a message key to its text). */
    static String write(DashboardFigures figures, UnaryOperator<String> labels) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            csv.printRecord("period_from", "", figures.from(), "instant", "");
            csv.printRecord("period_to", "", figures.to(), "instant", "");
            for (var count : figures.casesByStatus()) {
                csv.printRecord("cases_by_status", count.key(), count.count(), "cases",
                        labels.apply("status." + count.key()));
            }
            for (var count : figures.casesByLane()) {
                csv.printRecord("cases_by_lane", count.key(), count.count(), "cases",
                        labels.apply("lane." + count.key()));
            }
            for (var time : figures.decisionTimes()) {
                String group = labels.apply(String.join(".", "dashboard.decidedBy", time.group()));
                csv.printRecord("decided_cases", time.group(), time.cases(), "cases", group);
                csv.printRecord("filing_to_decision_median", time.group(), number(time.medianSeconds()), "seconds",
                        group);
                csv.printRecord("filing_to_decision_p90", time.group(), number(time.p90Seconds()), "seconds", group);
            }
            var cleared = figures.clearedBeforeArrival();
            csv.printRecord("cleared_before_arrival", "cleared", cleared.cleared(), "cases", "");
            csv.printRecord("cleared_before_arrival", "eligible", cleared.eligible(), "cases", "");
            csv.printRecord("cleared_before_arrival", "share", number(cleared.share()), "ratio", "");
            csv.printRecord("assessed_cases", "", figures.assessedCases(), "cases", "");
            for (var hit : figures.ruleHits()) {
                csv.printRecord("rule_hits", hit.ruleId(), hit.cases(), "cases", hit.ruleName());
            }
            for (var inspections : figures.inspections()) {
                csv.printRecord("inspections_ordered", inspections.ruleId(), inspections.inspectionsOrdered(), "cases",
                        "");
                csv.printRecord("inspections_found", inspections.ruleId(), inspections.found(), "inspections", "");
                csv.printRecord("inspections_nothing_found", inspections.ruleId(), inspections.nothingFound(),
                        "inspections", "");
            }
            for (var origin : figures.topOrigins()) {
                csv.printRecord("top_origins", origin.key(), origin.count(), "consignments", "");
            }
            for (var chapter : figures.topHsChapters()) {
                csv.printRecord("top_hs_chapters", chapter.key(), chapter.count(), "goods_items", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }
}
