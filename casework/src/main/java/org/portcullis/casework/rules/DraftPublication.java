package org.portcullis.casework.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.portcullis.rules.backtest.Backtest;
import org.portcullis.rules.backtest.BacktestReport;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.scenario.ScenarioFiles;
import org.portcullis.rules.scenario.ScenarioResult;
import org.portcullis.rules.scenario.ScenarioRunner;
import org.springframework.stereotype.Service;

/**
 * The step from an author's draft to the live rule set, and back to an earlier version. Before going live the
 * author sees what the draft changes against live, the scenarios that fail, a backtest, and whether live moved on
 * since the draft was started (the draft would then undo those changes). Every version goes live with its author
 * and change note; failing scenarios or a live set that moved on need the author's explicit override.
 */
@Service
public class DraftPublication {

    /** What the author confirms before going live. */
    public record Review(DraftRuleSet.Compiled draft, String liveVersion, RuleSetDiff toLive,
            List<ScenarioResult> failing, BacktestReport backtest, Staleness staleness) {

        /** Whether going live needs the author's explicit override. */
        public boolean needsOverride() {
            return !failing.isEmpty() || staleness.wouldUndo();
        }
    }

    /**
     * Where the draft stands against what went live since it was started: its base version (null when unknown),
     * and the files changed live since that the draft does not carry (it would undo them).
     */
    public record Staleness(String baseVersion, String liveVersion, List<String> undone) {

        public boolean wouldUndo() {
            return !undone.isEmpty();
        }

        public boolean baseKnown() {
            return baseVersion != null;
        }
    }

    private final DraftRuleSet draft;
    private final LiveRuleSet live;
    private final ScenarioRunner scenarios;
    private final Backtest backtest;
    private final StoredFilings filings;
    private final RuleSetReloader reloader;
    private final RuleSetVersions versions;
    private final DraftBase bases;
    private final RulesProperties properties;
    private final Clock clock;

    DraftPublication(DraftRuleSet draft, LiveRuleSet live, ScenarioRunner scenarios, Backtest backtest,
            StoredFilings filings, RuleSetReloader reloader, RuleSetVersions versions, DraftBase bases,
            RulesProperties properties, Clock clock) {
        this.draft = draft;
        this.live = live;
        this.scenarios = scenarios;
        this.backtest = backtest;
        this.filings = filings;
        this.reloader = reloader;
        this.versions = versions;
        this.bases = bases;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The draft against live: its diff, failing scenarios, a backtest over the latest filings (none for 0),
     * staleness.
     */
    public Review review(int backtestFilings) {
        DraftRuleSet.Compiled compiled = draft.compile();
        String liveVersion = live.current().version();
        if (compiled.ruleSet() == null) {
            return new Review(compiled, liveVersion, null, List.of(), null, staleness(compiled));
        }
        RuleSources liveFiles = liveFiles();
        List<ScenarioResult> failing = scenarios.run(compiled.ruleSet(), scenarioFiles().scenarios()).stream()
                .filter(result -> !result.passed()).toList();
        BacktestReport report = backtestFilings < 1 ? null
                : backtest.run(live.current(), compiled.ruleSet(), filings.latest(backtestFilings));
        return new Review(compiled, liveVersion, liveFiles == null ? null : RuleSetDiff.between(liveFiles,
                draft.sources()), failing, report, staleness(compiled));
    }

    /** Where the draft stands against what went live since it was started. */
    public Staleness staleness(DraftRuleSet.Compiled compiled) {
        String liveVersion = versions.latest().map(RuleSetVersions.Activation::version).orElse(null);
        String base = bases.of(properties.draftDirectory()).orElse(null);
        if (!compiled.exists() || base == null || liveVersion == null || base.equals(liveVersion)
                || !versions.known(base)) {
            return new Staleness(base, liveVersion, List.of());
        }
        RuleSources liveFiles = versions.files(liveVersion);
        RuleSources draftFiles = draft.sources();
        List<String> undone = RuleSetDiff.between(versions.files(base), liveFiles).touched().stream()
                .filter(path -> !java.util.Arrays.equals(liveFiles.files().get(path), draftFiles.files().get(path)))
                .toList();
        return new Staleness(base, liveVersion, undone);
    }

    /**
     * Puts the draft live with the author's note. Refused, and nothing changed, without a note, when the draft does
     * not compile, or when scenarios fail or live moved on and the author did not override.
     */
    public RuleSetReloader.Result publish(String author, String note, boolean override) {
        String why = requireNote(note);
        Review review = review(0);
        if (review.draft().ruleSet() == null) {
            throw new PublicationRefusedException(PublicationRefusedException.Reason.DOES_NOT_COMPILE,
                    review.draft().problems().size() + " problem(s)");
        }
        if (review.needsOverride() && !override) {
            throw new PublicationRefusedException(PublicationRefusedException.Reason.NOT_CONFIRMED,
                    review.failing().size() + " failing scenario(s), undoes " + review.staleness().undone());
        }
        RuleSetReloader.Result result = reloader.publish(draft.sources(), "DRAFT", author, review.needsOverride()
                ? why + " [went live over " + review.failing().size() + " failing scenario(s)"
                        + (review.staleness().wouldUndo() ? ", undoing " + review.staleness().undone() : "") + "]"
                : why);
        refuseIfRejected(result);
        draft.copyToLiveDirectory();
        bases.record(properties.draftDirectory(), result.version(), author, clock.instant());
        return result;
    }

    /** Puts an earlier version live again, with the author's note; the live directory takes its files. */
    public RuleSetReloader.Result rollback(String version, String author, String note) {
        String why = requireNote(note);
        if (!versions.known(version)) {
            throw new PublicationRefusedException(PublicationRefusedException.Reason.UNKNOWN_VERSION, version);
        }
        RuleSources files = versions.files(version);
        RuleSetReloader.Result result = reloader.publish(files, "ROLLBACK", author, "rollback to " + version + ": "
                + why);
        refuseIfRejected(result);
        draft.replaceLiveDirectory(files);
        return result;
    }

    /** Starts the draft afresh from the live version (its files replace the draft's), remembering that base. */
    public String startFromLive(String author) {
        String version = versions.latest().map(RuleSetVersions.Activation::version)
                .orElseThrow(() -> new PublicationRefusedException(PublicationRefusedException.Reason.UNKNOWN_VERSION,
                        "no version went live yet"));
        draft.replaceDraftDirectory(versions.files(version));
        bases.record(properties.draftDirectory(), version, author, clock.instant());
        return version;
    }

    private RuleSources liveFiles() {
        return versions.latest().map(latest -> versions.files(latest.version())).orElse(null);
    }

    private ScenarioFiles scenarioFiles() {
        return ScenarioFiles.read(Path.of(properties.scenarioDirectory()));
    }

    private static String requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new PublicationRefusedException(PublicationRefusedException.Reason.NOTE_MISSING, "no change note");
        }
        return note.strip();
    }

    private static void refuseIfRejected(RuleSetReloader.Result result) {
        if (result.status() == RuleSetReloader.Status.REJECTED) {
            throw new PublicationRefusedException(PublicationRefusedException.Reason.REJECTED,
                    result.problems().size() + " problem(s)");
        }
    }
}
