package org.portcullis.sharing.config;

import java.util.List;
import java.util.stream.Collectors;

/** An agencies file that cannot be used, with every problem found in it: the deployment refuses to start. */
public class AgenciesFileException extends RuntimeException {

    private final transient List<ConfigProblem> problems;

    public AgenciesFileException(List<ConfigProblem> problems) {
        super("the agencies file is refused, " + problems.size() + " problem(s):\n  "
                + problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
