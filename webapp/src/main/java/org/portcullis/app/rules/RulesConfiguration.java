package org.portcullis.app.rules;

import java.time.Clock;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Compiles the rule set at start-up and serves assessments with it. A rule set that does not compile stops start-up. */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

    @Bean
    RuleSetCompiler ruleSetCompiler(Clock clock) {
        return new RuleSetCompiler(clock);
    }

    @Bean
    LiveRuleSet liveRuleSet(RuleSetSource source, RuleSetCompiler compiler) {
        RuleSet ruleSet = compiler.compile(source.read());
        log.info("Rule set {} is live with {} rules", ruleSet.version(), ruleSet.rules().size());
        return new LiveRuleSet(ruleSet);
    }

    @Bean
    DroolsFilingAssessor filingAssessor(LiveRuleSet liveRuleSet, Clock clock) {
        return new DroolsFilingAssessor(liveRuleSet, clock);
    }
}
