package org.portcullis.rules.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot go live, with every problem found in it. */
public class RuleSetCompileException extends RuntimeException {

    private final transient List<RuleProblem> problems;

    public RuleSetCompileException(List<RuleProblem> problems) {
        super("the rule set has " + problems.size() + " problem(s): "
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
