package org.portcullis.casework.rules;

import java.time.Clock;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompileException;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule set a node starts with. A watching node compiles its directory and, when that differs from the latest
 * version in the database, publishes it (a change made while no node ran); a directory that does not compile is
 * refused and the database's live version serves instead. A node that does not watch serves the database's live
 * version. Without any good rule set the node does not start.
 */
final class RuleSetStartup {

    private static final Logger log = LoggerFactory.getLogger(RuleSetStartup.class);

    private final RuleSetSource source;
    private final RuleSetCompiler compiler;
    private final RuleSetVersions versions;
    private final RulesProperties properties;
    private final Clock clock;
    private final String node;

    RuleSetStartup(RuleSetSource source, RuleSetCompiler compiler, RuleSetVersions versions,
            RulesProperties properties, Clock clock, String node) {
        this.source = source;
        this.compiler = compiler;
        this.versions = versions;
        this.properties = properties;
        this.clock = clock;
        this.node = node;
    }

    RuleSet initial() {
        var live = versions.liveAt(clock.instant());
        if (!properties.watch() && live.isPresent()) {
            return compiler.compile(versions.files(live.get().version()));
        }
        RuleSources sources = source.read();
        try {
            RuleSet ruleSet = compiler.compile(sources);
            boolean latest = versions.latest().map(a -> a.version().equals(ruleSet.version())).orElse(false);
            if (!latest) {
                versions.activate(ruleSet, sources, clock.instant(), "startup@" + node, "STARTUP",
                        "changed while no node watched: " + live.map(a -> RuleSetDiff.between(versions.files(
                                a.version()), sources).summary()).orElse("first version"), 0);
                log.info("Rule set {} from {} is published at start-up", ruleSet.version(), properties.directory());
            }
            return ruleSet;
        } catch (RuleSetCompileException e) {
            if (live.isEmpty()) {
                throw e;
            }
            log.error("The rule set directory does not compile; version {} from the database serves. Problems:",
                    live.get().version());
            e.problems().forEach(problem -> log.error("  {}", problem));
            versions.reject(sources.version(), "STARTUP", clock.instant(), e.problems());
            return compiler.compile(versions.files(live.get().version()));
        }
    }
}
