package org.portcullis.model.assessment;

import java.util.Collection;
import java.util.Comparator;

/**
 * What a finding or a decision says should happen to the goods. Declared weakest first, so that the natural order
 * is the order of strength: DO_NOT_LOAD > HOLD > INSPECT > DOCUMENT_CHECK > REFER > REQUEST_INFORMATION > RELEASE.
 * Every outcome but RELEASE and DO_NOT_LOAD refers the case to an officer; REFER does only that, proposing no
 * measure (intelligence for an officer to weigh, such as a vessel's AIS gap); it is never an officer's decision.
 */
public enum Outcome {
    RELEASE(Lane.GREEN),
    REQUEST_INFORMATION(Lane.YELLOW),
    REFER(Lane.YELLOW),
    DOCUMENT_CHECK(Lane.YELLOW),
    INSPECT(Lane.RED),
    HOLD(Lane.RED),
    DO_NOT_LOAD(Lane.RED);

    private final Lane lane;

    Outcome(Lane lane) {
        this.lane = lane;
    }

    /** The lane this outcome puts the goods in. */
    public Lane lane() {
        return lane;
    }

    public boolean isStrongerThan(Outcome other) {
        return compareTo(other) > 0;
    }

    /** The strongest of the outcomes, or RELEASE when there are none. */
    public static Outcome strongest(Collection<Outcome> outcomes) {
        return outcomes.stream().max(Comparator.naturalOrder()).orElse(RELEASE);
    }
}
