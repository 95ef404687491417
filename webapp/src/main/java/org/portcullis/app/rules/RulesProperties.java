package org.portcullis.app.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the live rule set comes from: a directory of DRL files and reference data (default: the repository's
 * {@code rules/ruleset}, relative to the working directory). When the directory does not exist, the copy
 * packaged in the rules jar serves.
 */
@ConfigurationProperties("portcullis.rules")
public record RulesProperties(String directory) {

    public RulesProperties {
        directory = directory == null || directory.isBlank() ? "rules/ruleset" : directory;
    }
}
