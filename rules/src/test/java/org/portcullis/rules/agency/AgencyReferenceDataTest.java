package org.portcullis.rules.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.portcullis.rules.engine.RepositoryRuleSet;
import org.portcullis.rules.engine.RuleProblem;
import org.portcullis.rules.engine.RuleSetCompileException;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;

/** The agencies' reference data: a bad row refuses the rule set with its file and line, never skipped. */
class AgencyReferenceDataTest {

    @Test
    void badRowsOfTheAgenciesReferenceDataAreProblemsWithFileAndLine() {
        Map<String, byte[]> files = new TreeMap<>(RuleSources.fromDirectory(Path.of("ruleset")).files());
        files.put("reference/health/affected-areas.csv", bytes("area,disease\nSLFNA,Ebola\nFreetown,Ebola\n"));
        files.put("reference/maritime/port-security-levels.csv", bytes("port,securityLevel\nNLRTM,4\n"));
        files.put("reference/maritime/dangerous-goods-permission.csv", bytes("hazardClass,reason\n1.9,x\n"));

        RuleSetCompileException refused = catchThrowableOfType(RuleSetCompileException.class,
                () -> new RuleSetCompiler(RepositoryRuleSet.CLOCK).compile(new RuleSources(files)));

        assertThat(refused.problems()).extracting(RuleProblem::file, RuleProblem::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("reference/health/affected-areas.csv", 3),
                org.assertj.core.groups.Tuple.tuple("reference/maritime/port-security-levels.csv", 2),
                org.assertj.core.groups.Tuple.tuple("reference/maritime/dangerous-goods-permission.csv", 2));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
