package org.portcullis.app.rules;

import org.camunda.bpm.engine.RuntimeService;
import org.portcullis.rules.engine.LiveRuleSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The rule author's pages on the live rule set: which version serves since when, the versions that went live, the
 * rule sets refused with their problems (file, line, message), assessments that failed on a rule, and the catalogue.
 */
@Controller
class RulesController {

    private static final int HISTORY = 10;

    private final LiveRuleSet liveRuleSet;
    private final RuleSetSynchronizer synchronizer;
    private final RuleSetVersions versions;
    private final RuleCatalogue catalogue;
    private final RuntimeService runtime;

    RulesController(LiveRuleSet liveRuleSet, RuleSetSynchronizer synchronizer, RuleSetVersions versions,
            RuleCatalogue catalogue, RuntimeService runtime) {
        this.liveRuleSet = liveRuleSet;
        this.synchronizer = synchronizer;
        this.versions = versions;
        this.catalogue = catalogue;
        this.runtime = runtime;
    }

    @GetMapping("/rules")
    String status(Model model) {
        model.addAttribute("live", liveRuleSet.current());
        model.addAttribute("liveSince", synchronizer.liveSince());
        model.addAttribute("activations", versions.activations(HISTORY));
        model.addAttribute("rejections", versions.rejections(HISTORY));
        model.addAttribute("incidents", runtime.createIncidentQuery().activityId("Task_AssessRisk")
                .orderByIncidentTimestamp().desc().listPage(0, HISTORY));
        return "rules/status";
    }

    @GetMapping("/rules/catalogue")
    String catalogue(Model model) {
        model.addAttribute("live", catalogue.ruleSet());
        model.addAttribute("entries", catalogue.entries());
        return "rules/catalogue";
    }
}
