package org.portcullis.rules.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.portcullis.rules.engine.RepositoryRuleSet;
import org.portcullis.rules.engine.RuleProblem;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompileException;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;

/** Test DRL files with the header every rule file needs, compiled alone, and the problems a compile refuses. */
final class SandboxedDrl {

    static final String FILE = "targeting/sandbox.drl";

    /** The header and imports: 8 lines, so that the first line after them is line 9. */
    static final String HEADER = """
            // Purpose:     test
            // Legal basis: test
            // Owner:       test
            // Last review: 2026-11-29
            package targeting;
            import org.portcullis.model.assessment.Outcome;
            import org.portcullis.rules.fact.GoodsItemFact;
            import org.portcullis.rules.fact.RuleFinding;
            """;

    private SandboxedDrl() {
    }

    static RuleSet compile(String body) {
        return new RuleSetCompiler(RepositoryRuleSet.CLOCK).compile(new RuleSources(Map.of(FILE,
                (HEADER + body).getBytes(StandardCharsets.UTF_8))));
    }

    /** The problems of a rule set that must be refused; fails when it compiles. */
    static List<RuleProblem> problems(String body) {
        try {
            compile(body);
        } catch (RuleSetCompileException e) {
            return e.problems();
        }
        throw new AssertionError("the rule set compiled, but should have been refused");
    }

    /** A rule matching any goods item, with the given consequence. */
    static String ruleThen(String consequence) {
        return """
                rule "TGT-990 Sandbox test"
                when
                    $item : GoodsItemFact()
                then
                %s
                end
                """.formatted(consequence);
    }
}
