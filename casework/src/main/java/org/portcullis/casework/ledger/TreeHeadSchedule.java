package org.portcullis.casework.ledger;

import java.time.Duration;

/**
 * When the sequencer signs a new tree head: once the log has grown by {@code afterLeaves} leaves since the latest
 * head, or {@code every} after it, whichever comes first (RFC 9162's logs sign at most every so often, not per leaf).
 * A receipt or proof that needs a head including a newer leaf gets one signed at once, whatever the schedule.
 * {@link #EVERY_GROUP} signs after every group, as the log did before.
 */
public record TreeHeadSchedule(Duration every, int afterLeaves) {

    public static final TreeHeadSchedule EVERY_GROUP = new TreeHeadSchedule(Duration.ZERO, 1);

    public TreeHeadSchedule {
        if (every == null || every.isNegative()) {
            throw new IllegalArgumentException("portcullis.ledger.sign-every must be zero or more, not " + every);
        }
        if (afterLeaves < 1) {
            throw new IllegalArgumentException("portcullis.ledger.sign-after-leaves must be 1 or more, not "
                    + afterLeaves);
        }
    }

    /** Whether a head is due, the log having grown by {@code newLeaves} in {@code millisSinceLatest}. */
    boolean due(long newLeaves, long millisSinceLatest) {
        return newLeaves > 0 && (newLeaves >= afterLeaves || millisSinceLatest >= every.toMillis());
    }
}
