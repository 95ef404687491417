package org.portcullis.rules.engine;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The rule set that serves assessments now. Swapped atomically: an assessment uses one version throughout. */
public class LiveRuleSet {

    private final AtomicReference<RuleSet> current;

    public LiveRuleSet(RuleSet initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public RuleSet current() {
        return current.get();
    }

    /** Puts the rule set live and gives back the one it replaced. */
    public RuleSet replace(RuleSet next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }
}
