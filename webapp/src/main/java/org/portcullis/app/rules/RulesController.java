package org.portcullis.app.rules;

import org.portcullis.casework.rules.RuleCatalogue;
import org.portcullis.casework.rules.RuleSetVersions;
import org.portcullis.casework.rules.RuleSetSynchronizer;
import org.portcullis.casework.watchlists.ListImports;
import org.portcullis.rules.watchlist.OfficialWatchlists;

import java.util.Set;
import org.portcullis.app.security.Roles;
import org.portcullis.app.web.NavigationItem;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.processes.incident.Incidents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The rule author's pages on the live rule set: which version serves since when, the versions that went live, the
 * rule sets refused with their problems (file, line, message), assessments that failed on a rule, the official lists
 * serving on this node and the latest imports of their files (refusals with file, line and column), and the
 * catalogue.
 * Supervisors read these two pages too; the scenarios and the draft are the rule authors' alone.
 */
@Controller
class RulesController {

    private static final int HISTORY = 10;

    private final LiveRuleSet liveRuleSet;
    private final RuleSetSynchronizer synchronizer;
    private final RuleSetVersions versions;
    private final RuleCatalogue catalogue;
    private final Incidents incidents;
    private final OfficialWatchlists officialLists;
    private final ListImports listImports;

    RulesController(LiveRuleSet liveRuleSet, RuleSetSynchronizer synchronizer, RuleSetVersions versions,
            RuleCatalogue catalogue, Incidents incidents, OfficialWatchlists officialLists, ListImports listImports) {
        this.liveRuleSet = liveRuleSet;
        this.synchronizer = synchronizer;
        this.versions = versions;
        this.catalogue = catalogue;
        this.incidents = incidents;
        this.officialLists = officialLists;
        this.listImports = listImports;
    }

    @GetMapping("/rules")
    String status(Model model) {
        model.addAttribute("live", liveRuleSet.current());
        model.addAttribute("liveSince", synchronizer.liveSince());
        model.addAttribute("activations", versions.activations(HISTORY));
        model.addAttribute("rejections", versions.rejections(HISTORY));
        model.addAttribute("incidents", incidents.failedAssessments(HISTORY));
        model.addAttribute("officialLists", officialLists.current().lists());
        model.addAttribute("listImports", listImports.latest(HISTORY));
        return "rules/status";
    }

    @GetMapping("/rules/catalogue")
    String catalogue(Model model) {
        model.addAttribute("live", catalogue.ruleSet());
        model.addAttribute("entries", catalogue.entries());
        return "rules/catalogue";
    }

    /** The rules' place in the navigation. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationItem rulesNavigation() {
            return new NavigationItem("/rules", "nav.rules", 40, Set.of(Roles.RULE_AUTHOR, Roles.SUPERVISOR));
        }
    }
}
