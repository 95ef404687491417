package org.portcullis.casework.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.casework.reassessment.Reassessments;
import org.portcullis.rules.engine.RuleProblem;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompileException;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.scenario.ScenarioFiles;
import org.portcullis.rules.scenario.ScenarioResult;
import org.portcullis.rules.scenario.ScenarioRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Puts a changed rule set live, or refuses it and keeps the live one. A candidate must compile without problems
 * and assess every scenario without a rule looping or throwing; then its files are stored in the database and it
 * is announced live from a moment just ahead, so that every node switches to it together, and the cases being
 * cleared are re-assessed once it serves (unless switched off, {@code portcullis.reassessment.on-rule-set-change}).
 * Scenarios whose expectations fail are reported but do not hold the rule set back: the author may have meant the
 * change.
 */
@Service
public class RuleSetReloader {

    /** What became of a candidate rule set. */
    public enum Status { PUBLISHED, UNCHANGED, REJECTED }

    /** The outcome of one attempt, with the problems that refused it or the scenarios that failed. */
    public record Result(Status status, String version, List<RuleProblem> problems,
            List<ScenarioResult> failedScenarios, Instant liveFrom) {
    }

    private static final Logger log = LoggerFactory.getLogger(RuleSetReloader.class);

    private final RuleSetCompiler compiler;
    private final RuleSetVersions versions;
    private final RuleSetSynchronizer synchronizer;
    private final ScenarioRunner scenarios;
    private final RulesProperties properties;
    private final Reassessments reassessments;
    private final Clock clock;

    RuleSetReloader(RuleSetCompiler compiler, RuleSetVersions versions, RuleSetSynchronizer synchronizer,
            ScenarioRunner scenarios, RulesProperties properties, Reassessments reassessments, Clock clock) {
        this.compiler = compiler;
        this.versions = versions;
        this.synchronizer = synchronizer;
        this.scenarios = scenarios;
        this.properties = properties;
        this.reassessments = reassessments;
        this.clock = clock;
    }

    /**
     * Compiles, checks and publishes the files unless they are the latest version already; the change note is the
     * files changed since the latest version.
     */
    public Result publish(RuleSources sources, String source, String by) {
        return publish(sources, source, by, null);
    }

    /** Compiles, checks and publishes the files with the author's change note (null: the files changed). */
    public synchronized Result publish(RuleSources sources, String source, String by, String note) {
        String version = sources.version();
        if (versions.latest().map(latest -> latest.version().equals(version)).orElse(false)) {
            return new Result(Status.UNCHANGED, version, List.of(), List.of(), null);
        }
        RuleSet candidate;
        Instant compileStart = clock.instant();
        try {
            candidate = compiler.compile(sources);
        } catch (RuleSetCompileException e) {
            return reject(version, source, e.problems());
        }
        Duration compileTime = Duration.between(compileStart, clock.instant());
        List<RuleProblem> ruleFailures = new ArrayList<>();
        List<ScenarioResult> failed = new ArrayList<>();
        ScenarioFiles files = ScenarioFiles.read(Path.of(properties.scenarioDirectory()));
        for (var scenario : files.scenarios()) {
            ScenarioResult result = scenarios.run(candidate, scenario);
            if (result.ruleFailure() != null) {
                // One rule that loops, throws or overruns refuses the set: the other scenarios need not wait for it.
                ruleFailures.add(new RuleProblem(result.ruleFailure().file(), 0, result.ruleFailure().getMessage()
                        + " (scenario " + result.scenario().file() + ")"));
                break;
            } else if (!result.passed()) {
                failed.add(result);
            }
        }
        if (!ruleFailures.isEmpty()) {
            return reject(version, source, ruleFailures);
        }
        failed.forEach(result -> log.warn("Rule set {}: scenario {} fails: {}", version, result.scenario().file(),
                String.join("; ", result.failures())));
        Instant liveFrom = new GoLive(properties.switchDelay(), properties.switchLeadFactor())
                .announce(clock.instant(), compileTime);
        synchronizer.offer(candidate);
        versions.activate(candidate, sources, liveFrom, by, source, note != null ? note : changedFiles(sources),
                failed.size());
        reassessments.ruleSetGoesLive(liveFrom.plus(properties.pollInterval()).plusSeconds(1));
        log.info("Rule set {} ({} rules, from {}; compiled in {} ms) goes live at {}", version,
                candidate.rules().size(), source, compileTime.toMillis(), liveFrom);
        synchronizer.synchronize();
        return new Result(Status.PUBLISHED, version, List.of(), failed, liveFrom);
    }

    private String changedFiles(RuleSources sources) {
        return versions.latest().map(latest -> RuleSetDiff.between(versions.files(latest.version()), sources)
                .summary()).orElse("first version");
    }

    private Result reject(String version, String source, List<RuleProblem> problems) {
        log.error("Rule set {} from {} is refused; the live rule set keeps serving. {} problem(s):", version, source,
                problems.size());
        problems.forEach(problem -> log.error("  {}", problem));
        versions.reject(version, source, clock.instant(), problems);
        return new Result(Status.REJECTED, version, problems, List.of(), null);
    }
}
