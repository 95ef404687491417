package org.portcullis.casework.rules;

import java.time.Clock;
import org.portcullis.casework.reassessment.Reassessments;
import org.portcullis.rules.engine.LiveRuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the node serves, the cases being cleared that were last assessed under another rule set than the live one
 * are re-assessed (a rule set published at start-up, changed while no node ran, or one another node put live while
 * this one was down and its re-assessments lost), due once every node serves it (one poll and a second from now);
 * unless {@code portcullis.reassessment.on-rule-set-change=false}.
 */
@Component
class RuleSetStartupReassessment {

    private static final Logger log = LoggerFactory.getLogger(RuleSetStartupReassessment.class);

    private final LiveRuleSet liveRuleSet;
    private final Reassessments reassessments;
    private final RulesProperties properties;
    private final Clock clock;

    RuleSetStartupReassessment(LiveRuleSet liveRuleSet, Reassessments reassessments, RulesProperties properties,
            Clock clock) {
        this.liveRuleSet = liveRuleSet;
        this.reassessments = reassessments;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void nodeServes() {
        String version = liveRuleSet.current().version();
        int queued = reassessments.ruleSetServesAtStart(version,
                clock.instant().plus(properties.pollInterval()).plusSeconds(1));
        if (queued > 0) {
            log.info("{} case(s) last assessed under another rule set than the live {} are queued for re-assessment",
                    queued, version);
        }
    }
}
