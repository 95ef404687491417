package org.portcullis.rulescli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.messaging.filing.FilingSchema;
import org.portcullis.messaging.filing.JsonFilingReader;
import org.portcullis.messaging.filing.ScenarioFilingReader;
import org.portcullis.rules.agency.AgencyRules;
import org.portcullis.rules.backtest.Backtest;
import org.portcullis.rules.backtest.BacktestReport;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleProblem;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompileException;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.scenario.ScenarioFiles;
import org.portcullis.rules.scenario.ScenarioResult;
import org.portcullis.rules.scenario.ScenarioRunner;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.config.AgenciesFile;
import org.portcullis.sharing.config.AgenciesFileException;

/** The three commands: compile a rule set, run its scenarios, backtest it against another. */
final class RuleSetCommands {

    private final Clock clock;
    private final Consumer<String> out;
    private final ScenarioFilingReader filingReader = new ScenarioFilingReader(
            new JsonFilingReader(FilingJson.objectMapper(), new FilingSchema()));

    RuleSetCommands(Clock clock, Consumer<String> out) {
        this.clock = clock;
        this.out = out;
    }

    int check(Path rules) {
        RuleSet ruleSet = compile(rules);
        return ruleSet == null ? exitOf(rules) : RulesCli.OK;
    }

    int scenarios(Path rules, Path scenarioFolder, Path agenciesFile) {
        if (!Files.isDirectory(scenarioFolder)) {
            out.accept("No scenario folder at " + scenarioFolder.toAbsolutePath().normalize()
                    + ": give the folder of the scenario files with --scenarios");
            return RulesCli.CANNOT_RUN;
        }
        ScenarioFiles files = ScenarioFiles.read(scenarioFolder);
        if (files.scenarios().isEmpty() && files.problems().isEmpty()) {
            out.accept("No scenario files (*.json) in " + scenarioFolder.toAbsolutePath().normalize()
                    + ": nothing was run");
            return RulesCli.CANNOT_RUN;
        }
        Function<String, AgencyRules> agencyRules = agencyRules(agenciesFile);
        if (agencyRules == null) {
            return RulesCli.CANNOT_RUN;
        }
        RuleSet ruleSet = compile(rules);
        if (ruleSet == null) {
            return exitOf(rules);
        }
        out.accept("Scenarios of " + scenarioFolder.toAbsolutePath().normalize() + " against " + rules
                + " (version " + ruleSet.version() + "):");
        files.problems().forEach(problem -> out.accept("FAIL  " + problem.file() + ": " + problem.message()));
        ScenarioRunner runner = new ScenarioRunner(assessor(ruleSet), filingReader, agencyRules);
        int passed = 0;
        for (ScenarioResult result : runner.run(ruleSet, files.scenarios())) {
            String name = result.scenario().name() + " (" + result.scenario().file() + ")";
            if (result.passed()) {
                passed++;
                out.accept("PASS  " + name);
            } else {
                out.accept("FAIL  " + name + ": " + String.join("; ", result.failures()));
            }
        }
        int total = files.scenarios().size() + files.problems().size();
        out.accept(passed + " of " + total + " scenarios pass");
        return passed == total ? RulesCli.OK : RulesCli.FAILED;
    }

    int backtest(Path rules, Path against, Path filingFolder) {
        if (!Files.isDirectory(filingFolder)) {
            out.accept("No filing folder at " + filingFolder.toAbsolutePath().normalize()
                    + ": give the folder of v1 JSON filing documents with --filings");
            return RulesCli.CANNOT_RUN;
        }
        RuleSet changed = compile(rules);
        RuleSet base = compile(against);
        if (changed == null || base == null) {
            return changed == null ? exitOf(rules) : exitOf(against);
        }
        FilingDocuments documents = FilingDocuments.read(filingFolder, filingReader);
        documents.refused().forEach(refusal -> out.accept("left out " + refusal));
        if (documents.filings().isEmpty()) {
            out.accept("No filing in " + filingFolder.toAbsolutePath().normalize() + " could be read: nothing to"
                    + " compare");
            return RulesCli.CANNOT_RUN;
        }
        BacktestReport report = new Backtest(assessor(changed)).run(base, changed, documents.filings());
        new BacktestLines(report, documents, rules, against).write(out);
        return RulesCli.OK;
    }

    /**
     * Each agency's rule folders as the agencies file names them (without the file: the folder of the agency's id),
     * or null once a refused file is reported.
     */
    private Function<String, AgencyRules> agencyRules(Path agenciesFile) {
        if (!Files.isRegularFile(agenciesFile)) {
            out.accept("No agencies file at " + agenciesFile.toAbsolutePath().normalize() + ": a scenario that names"
                    + " an agency runs the rule folder of the agency's id (give the file with --agencies)");
            return AgencyRules::ofOwnFolder;
        }
        try {
            Agencies agencies = AgenciesFile.read(agenciesFile);
            return id -> agencies.byId(id).map(agency -> new AgencyRules(id, Set.copyOf(agency.ruleFolders())))
                    .orElseGet(() -> AgencyRules.ofOwnFolder(id));
        } catch (AgenciesFileException | UncheckedIOException e) {
            out.accept("The agencies file " + agenciesFile + " is refused: " + e.getMessage());
            return null;
        }
    }

    /** The rule set compiled, or null once its problems are reported. */
    private RuleSet compile(Path rules) {
        if (!Files.isDirectory(rules)) {
            out.accept("No rule set folder at " + rules.toAbsolutePath().normalize());
            return null;
        }
        RuleSources sources = RuleSources.fromDirectory(rules);
        try {
            RuleSet ruleSet = new RuleSetCompiler(clock).compile(sources);
            out.accept("Rule set " + rules + " (version " + ruleSet.version() + ") compiles: "
                    + ruleSet.rules().size() + " rules");
            return ruleSet;
        } catch (RuleSetCompileException e) {
            List<RuleProblem> problems = e.problems();
            out.accept("Rule set " + rules + " (version " + sources.version() + ") is refused: " + problems.size()
                    + " problem(s), the root cause first");
            for (RuleProblem problem : problems) {
                out.accept("  " + problem);
                if (problem.snippet() != null) {
                    out.accept("      | " + problem.snippet());
                }
            }
            return null;
        }
    }

    private static int exitOf(Path rules) {
        return Files.isDirectory(rules) ? RulesCli.FAILED : RulesCli.CANNOT_RUN;
    }

    private DroolsFilingAssessor assessor(RuleSet ruleSet) {
        return new DroolsFilingAssessor(new LiveRuleSet(ruleSet), clock);
    }
}
