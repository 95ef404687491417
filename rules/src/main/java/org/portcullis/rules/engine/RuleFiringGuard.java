package org.portcullis.rules.engine;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Counts how often each rule fires in one session, so that a rule that loops is named: the session stops after a
 * limit that grows with the number of facts, and {@link #loopingRule()} is the rule that fired most.
 */
final class RuleFiringGuard extends DefaultAgendaEventListener {

    private static final int MIN_LIMIT = 100_000;
    private static final int FIRINGS_PER_FACT = 50;

    private final Map<Rule, Integer> firings = new HashMap<>();
    private final int limit;

    RuleFiringGuard(int factCount) {
        this.limit = Math.max(MIN_LIMIT, factCount * FIRINGS_PER_FACT);
    }

    int limit() {
        return limit;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.merge(event.getMatch().getRule(), 1, Integer::sum);
    }

    Rule loopingRule() {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    int firingsOf(Rule rule) {
        return firings.getOrDefault(rule, 0);
    }
}
