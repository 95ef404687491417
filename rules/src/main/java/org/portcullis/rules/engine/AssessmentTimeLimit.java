package org.portcullis.rules.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the rules may take over one filing: a base, plus an allowance per thousand facts so that a large
 * manifest (10,000 consignments are about 70,000 facts, assessed in 0.4 s on a quiet machine and 2 to 3 s on a
 * loaded one) is not taken for a rule that runs away. An assessment that overruns it is stopped and fails,
 * naming the rule that was running; live, in scenarios and in backtests alike.
 *
 * @param perFiling         the time any filing may take
 * @param perThousandFacts  what each further thousand facts add
 */
public record AssessmentTimeLimit(Duration perFiling, Duration perThousandFacts) {

    /** Two seconds, plus 100 ms per thousand facts (nine seconds for 70,000 facts). */
    public static final AssessmentTimeLimit DEFAULT = new AssessmentTimeLimit(Duration.ofSeconds(2),
            Duration.ofMillis(100));

    public AssessmentTimeLimit {
        Objects.requireNonNull(perFiling, "perFiling");
        Objects.requireNonNull(perThousandFacts, "perThousandFacts");
        if (perFiling.isNegative() || perFiling.isZero() || perThousandFacts.isNegative()) {
            throw new IllegalArgumentException("a time limit must be positive: " + perFiling + ", "
                    + perThousandFacts + " per thousand facts");
        }
    }

    /** The limit for a filing of so many facts. */
    public Duration forFacts(int facts) {
        return perFiling.plus(perThousandFacts.multipliedBy(facts).dividedBy(1000));
    }
}
