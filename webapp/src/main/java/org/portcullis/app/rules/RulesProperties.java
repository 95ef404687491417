package org.portcullis.app.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the live rule set comes from: a directory of DRL files and reference data (default: the repository's
 * {@code rules/ruleset}, relative to the working directory). When the directory does not exist, the copy
 * packaged in the rules jar serves. {@code vagueGoodsDescriptions}, when set, names a file that takes the place of
 * the rule set's {@code reference/vague-goods-descriptions.txt} (one term per line): it becomes part of the rule set,
 * so its content counts in the rule set's version like every other file.
 */
@ConfigurationProperties("portcullis.rules")
public record RulesProperties(String directory, String vagueGoodsDescriptions) {

    public RulesProperties {
        directory = directory == null || directory.isBlank() ? "rules/ruleset" : directory;
    }
}
