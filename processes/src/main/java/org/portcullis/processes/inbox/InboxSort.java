package org.portcullis.processes.inbox;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;

/**
 * The orders the inbox offers, each as the SQL expression it sorts by (over Camunda's task table {@code T} and
 * the clearance case {@code C}). Lanes and outcomes sort by strength, not by name.
 */
public enum InboxSort {
    DEADLINE(null),
    ETA("C.eta"),
    PORT("C.port_of_call"),
    VESSEL("C.vessel_name"),
    LANE(rank("C.lane", Arrays.stream(Lane.values()).map(Enum::name).toArray(String[]::new))),
    OUTCOME(rank("C.outcome", Arrays.stream(Outcome.values()).map(Enum::name).toArray(String[]::new))),
    CREATED("T.CREATE_TIME_");

    private final String expression;

    InboxSort(String expression) {
        this.expression = expression;
    }

    /** The expression to order by; the deadline's is given, as it depends on the configured margin. */
    String expression(String deadlineExpression) {
        return expression == null ? deadlineExpression : expression;
    }

    /** A CASE expression giving each constant its position, weakest first; unknown values sort first. */
    private static String rank(String column, String... constants) {
        return "CASE " + column + " " + Arrays.stream(constants)
                .map(constant -> "WHEN '" + constant + "' THEN " + (indexOf(constants, constant) + 1))
                .collect(Collectors.joining(" ")) + " ELSE 0 END";
    }

    private static int indexOf(String[] constants, String constant) {
        return Arrays.asList(constants).indexOf(constant);
    }
}
