package org.portcullis.app.dashboard;

import org.portcullis.casework.dashboard.DashboardFigures;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The data the dashboard's charts draw, with labels in the officer's language: given to the page as JSON in a
 * data block (never as script), which static/js/dashboard.js hands to Chart.js.
 */
@Component
public class DashboardCharts {

    private final MessageSource messages;

    public DashboardCharts(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, Chart> of(DashboardFigures figures) {
        return Map.of(
                "status", chart("dashboard.casesByStatus", figures.casesByStatus(), key -> text("status." + key)),
                "lane", chart("dashboard.casesByLane", figures.casesByLane(), key -> text("lane." + key)),
                "rules", new Chart(text("dashboard.ruleHits"),
                        figures.ruleHits().stream().map(DashboardFigures.RuleHit::ruleId).toList(),
                        figures.ruleHits().stream().map(DashboardFigures.RuleHit::ruleId).toList(),
                        figures.ruleHits().stream().map(DashboardFigures.RuleHit::cases).toList()),
                "origins", chart("dashboard.topOrigins", figures.topOrigins(), Function.identity()),
                "chapters", chart("dashboard.topHsChapters", figures.topHsChapters(), Function.identity()));
    }

    private Chart chart(String titleKey, List<DashboardFigures.Count> counts, Function<String, String> label) {
        return new Chart(text(titleKey), counts.stream().map(DashboardFigures.Count::key).toList(),
                counts.stream().map(c -> label.apply(c.key())).toList(),
                counts.stream().map(DashboardFigures.Count::count).toList());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** One chart: its title, the keys of its bars (lanes, rule ids ...), their labels and values. */
    public record Chart(String title, List<String> keys, List<String> labels, List<Long> values) {
    }
}
