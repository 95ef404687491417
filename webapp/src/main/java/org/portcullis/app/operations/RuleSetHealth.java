package org.portcullis.app.operations;

import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** The rule set serving assessments: up with its version and rule count, down when none is loaded. */
@Component("ruleSet")
class RuleSetHealth implements HealthIndicator {

    private final LiveRuleSet liveRuleSet;

    RuleSetHealth(LiveRuleSet liveRuleSet) {
        this.liveRuleSet = liveRuleSet;
    }

    @Override
    public Health health() {
        RuleSet current = liveRuleSet.current();
        if (current == null || current.rules().isEmpty()) {
            return Health.down().withDetail("reason", "no rule set serves").build();
        }
        return Health.up().withDetail("version", current.version()).withDetail("rules", current.rules().size())
                .build();
    }
}
