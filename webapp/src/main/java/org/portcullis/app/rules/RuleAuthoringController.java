package org.portcullis.app.rules;

import org.portcullis.casework.rules.DraftFiles;
import org.portcullis.casework.rules.DraftPublication;
import org.portcullis.casework.rules.StoredFilings;
import org.portcullis.casework.rules.RulesProperties;
import org.portcullis.casework.rules.DraftRuleSet;

import java.nio.file.Path;
import org.portcullis.rules.backtest.Backtest;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.scenario.ScenarioFiles;
import org.portcullis.rules.scenario.ScenarioRunner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a rule author does with the draft rule set: see whether it compiles, run the scenarios against it and the
 * live one, backtest it over the latest stored filings (putting it live: {@link RulePublicationController}).
 */
@Controller
class RuleAuthoringController {

    private static final int MAX_BACKTEST = 5_000;

    private final DraftRuleSet draft;
    private final LiveRuleSet liveRuleSet;
    private final ScenarioRunner scenarios;
    private final Backtest backtest;
    private final StoredFilings storedFilings;
    private final DraftPublication publication;
    private final DraftFiles draftFiles;
    private final RulesProperties properties;

    RuleAuthoringController(DraftRuleSet draft, LiveRuleSet liveRuleSet, ScenarioRunner scenarios, Backtest backtest,
            StoredFilings storedFilings, DraftPublication publication, DraftFiles draftFiles,
            RulesProperties properties) {
        this.draft = draft;
        this.liveRuleSet = liveRuleSet;
        this.scenarios = scenarios;
        this.backtest = backtest;
        this.storedFilings = storedFilings;
        this.publication = publication;
        this.draftFiles = draftFiles;
        this.properties = properties;
    }

    @GetMapping("/rules/draft")
    String draft(Model model) {
        DraftRuleSet.Compiled compiled = draft.compile();
        model.addAttribute("draft", compiled);
        model.addAttribute("staleness", publication.staleness(compiled));
        model.addAttribute("draftFiles", draftFiles.paths());
        model.addAttribute("live", liveRuleSet.current());
        model.addAttribute("draftDirectory", properties.draftDirectory());
        model.addAttribute("filings", properties.backtestFilings());
        return "rules/draft";
    }

    @GetMapping("/rules/scenarios")
    String scenarios(@RequestParam(defaultValue = "live") String against, Model model) {
        ScenarioFiles files = ScenarioFiles.read(Path.of(properties.scenarioDirectory()));
        RuleSet ruleSet = liveRuleSet.current();
        if ("draft".equals(against)) {
            DraftRuleSet.Compiled compiled = draft.compile();
            if (compiled.ruleSet() == null) {
                model.addAttribute("draft", compiled);
                return "rules/scenarios";
            }
            ruleSet = compiled.ruleSet();
        }
        model.addAttribute("against", against);
        model.addAttribute("ruleSet", ruleSet);
        model.addAttribute("fileProblems", files.problems());
        model.addAttribute("results", scenarios.run(ruleSet, files.scenarios()));
        return "rules/scenarios";
    }

    @PostMapping("/rules/draft/backtest")
    String backtest(@RequestParam(defaultValue = "200") int filings, Model model) {
        DraftRuleSet.Compiled compiled = draft.compile();
        model.addAttribute("draft", compiled);
        model.addAttribute("staleness", publication.staleness(compiled));
        model.addAttribute("draftFiles", draftFiles.paths());
        model.addAttribute("live", liveRuleSet.current());
        model.addAttribute("draftDirectory", properties.draftDirectory());
        model.addAttribute("filings", filings);
        if (compiled.ruleSet() != null) {
            int count = Math.max(1, Math.min(filings, MAX_BACKTEST));
            model.addAttribute("report", backtest.run(liveRuleSet.current(), compiled.ruleSet(),
                    storedFilings.latest(count)));
        }
        return "rules/draft";
    }
}
