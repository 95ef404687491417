package org.portcullis.rules.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Counts how often each rule fires in one session and knows which rule is firing now, so that a rule that loops
 * or overruns the time limit is named: the session stops after a limit of firings that grows with the number of
 * facts, and {@link #loopingRule()} is the rule that fired most. Written by the session's worker, read by the
 * thread that waits for it.
 */
final class RuleFiringGuard extends DefaultAgendaEventListener {

    private static final int MIN_LIMIT = 100_000;
    private static final int FIRINGS_PER_FACT = 50;

    private final Map<Rule, Integer> firings = new ConcurrentHashMap<>();
    private final int limit;
    private volatile Rule firing;

    RuleFiringGuard(int factCount) {
        this.limit = Math.max(MIN_LIMIT, factCount * FIRINGS_PER_FACT);
    }

    int limit() {
        return limit;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
        firings.merge(event.getMatch().getRule(), 1, Integer::sum);
    }

    /** The rule whose consequence runs now, or null between firings (while conditions are evaluated). */
    Rule firing() {
        return firing;
    }

    Rule loopingRule() {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    int firingsOf(Rule rule) {
        return rule == null ? 0 : firings.getOrDefault(rule, 0);
    }
}
