package org.portcullis.casework.rules;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portcullis.rules.engine.RuleSources;

class RuleSetSourceTest {

    private static final String RULE_SET = "../rules/ruleset";

    @Test
    void configuredVagueGoodsDescriptionsReplaceTheRuleSetsListAndChangeItsVersion(@TempDir Path dir)
            throws IOException {
        Path terms = Files.writeString(dir.resolve("vague.txt"), "# our own list\ngeneral cargo\nstuff\n");

        RuleSources own = new RuleSetSource(new RulesProperties(RULE_SET, null, null, false, null, null, null, null, null)).read();
        RuleSources configured = new RuleSetSource(new RulesProperties(RULE_SET, null, null, false, null, null, null, null, terms.toString())).read();

        assertThat(configured.text(RuleSetSource.VAGUE_TERMS)).isEqualTo("# our own list\ngeneral cargo\nstuff\n");
        assertThat(configured.version()).isNotEqualTo(own.version());
        assertThat(configured.withSuffix(".drl")).containsOnlyKeys(own.withSuffix(".drl").keySet());
        assertThat(new RuleSetSource(new RulesProperties(RULE_SET, null, null, false, null, null, null, null, terms.toString())).read().version())
                .as("the same files give the same version").isEqualTo(configured.version());
    }
}
