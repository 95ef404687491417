package org.portcullis.casework.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.portcullis.rules.engine.RuleProblem;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompileException;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.springframework.stereotype.Service;

/**
 * The rule set an author prepares in the draft directory: compiled on demand, tested and backtested, then put
 * live by copying its files into the live directory (where the watcher publishes them to every node).
 */
@Service
public class DraftRuleSet {

    /** The draft compiled, or its problems; {@code exists} is false when there is no draft directory. */
    public record Compiled(boolean exists, String version, RuleSet ruleSet, List<RuleProblem> problems) {
    }

    private final RuleSetCompiler compiler;
    private final RulesProperties properties;

    DraftRuleSet(RuleSetCompiler compiler, RulesProperties properties) {
        this.compiler = compiler;
        this.properties = properties;
    }

    Path directory() {
        return Path.of(properties.draftDirectory());
    }

    public RuleSources sources() {
        return RuleSources.fromDirectory(directory());
    }

    public Compiled compile() {
        if (!Files.isDirectory(directory())) {
            return new Compiled(false, null, null, List.of());
        }
        RuleSources sources = sources();
        try {
            return new Compiled(true, sources.version(), compiler.compile(sources), List.of());
        } catch (RuleSetCompileException e) {
            return new Compiled(true, sources.version(), null, e.problems());
        }
    }

    /** Replaces the live directory's files by the draft's. */
    public void copyToLiveDirectory() {
        replaceFiles(Path.of(properties.directory()), sources());
    }

    /** Replaces the live directory's files by those of a rule set (a version rolled back to). */
    void replaceLiveDirectory(RuleSources files) {
        replaceFiles(Path.of(properties.directory()), files);
    }

    /** Replaces the draft directory's files by those of a rule set (the live one, to start a draft from). */
    void replaceDraftDirectory(RuleSources files) {
        replaceFiles(directory(), files);
    }

    private static void replaceFiles(Path target, RuleSources files) {
        try {
            if (Files.isDirectory(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        String relative = target.relativize(path).toString().replace('\\', '/');
                        if (Files.isRegularFile(path) && !files.files().containsKey(relative)) {
                            Files.delete(path);
                        }
                    }
                }
            }
            for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
                Path path = target.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule files into " + target, e);
        }
    }
}
