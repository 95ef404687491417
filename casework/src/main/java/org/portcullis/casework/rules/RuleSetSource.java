package org.portcullis.casework.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.portcullis.rules.engine.RuleSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Reads the rule set's files from the configured directory, or from the rules jar when there is none. */
@Component
public class RuleSetSource {

    private static final Logger log = LoggerFactory.getLogger(RuleSetSource.class);
    private static final String PACKAGED_ROOT = "ruleset/";
    /** The rule set's own list of vague goods descriptions, read by the rules (rule VAL-001). */
    static final String VAGUE_TERMS = "reference/vague-goods-descriptions.txt";

    private final RulesProperties properties;

    public RuleSetSource(RulesProperties properties) {
        this.properties = properties;
    }

    public RuleSources read() {
        return withConfiguredTerms(ruleSet(true), true);
    }

    /** The version the files hold now, as {@link #read()} would give it, read without a word in the log. */
    public String currentVersion() {
        return withConfiguredTerms(ruleSet(false), false).version();
    }

    private RuleSources ruleSet(boolean logged) {
        Path directory = Path.of(properties.directory());
        if (Files.isDirectory(directory)) {
            if (logged) {
                log.info("Reading the rule set from {}", directory.toAbsolutePath());
            }
            return RuleSources.fromDirectory(directory);
        }
        if (!logged) {
            return packaged();
        }
        log.warn("Rule set directory {} does not exist; the copy packaged with the application serves",
                directory.toAbsolutePath());
        return packaged();
    }

    /** The rule set with the configured vague-goods-description file in place of its own list, if one is set. */
    private RuleSources withConfiguredTerms(RuleSources sources, boolean logged) {
        if (properties.vagueGoodsDescriptions() == null || properties.vagueGoodsDescriptions().isBlank()) {
            return sources;
        }
        Path terms = Path.of(properties.vagueGoodsDescriptions());
        Map<String, byte[]> files = new TreeMap<>(sources.files());
        try {
            files.put(VAGUE_TERMS, Files.readAllBytes(terms));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vague goods descriptions " + terms.toAbsolutePath(), e);
        }
        if (logged) {
            log.info("Vague goods descriptions from {}", terms.toAbsolutePath());
        }
        return new RuleSources(files);
    }

    private static RuleSources packaged() {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + PACKAGED_ROOT + "**/*.*")) {
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf(PACKAGED_ROOT) + PACKAGED_ROOT.length());
                try (var in = resource.getInputStream()) {
                    files.put(relative, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged rule set", e);
        }
        return new RuleSources(files);
    }
}
