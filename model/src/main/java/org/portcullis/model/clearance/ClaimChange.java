package org.portcullis.model.clearance;

import java.time.Instant;
import org.portcullis.model.value.Mrn;

/**
 * A change of who holds a task of a case: an officer claimed it or gave it back, or a supervisor released another
 * officer's claim or handed the task on. {@code from} and {@code to} are the officers who held it before and after
 * (null: nobody, the task was offered to its groups).
 */
public record ClaimChange(Mrn mrn, String taskKey, Kind kind, String by, String from, String to, Instant at) {

    /** What happened to the claim. */
    public enum Kind { CLAIMED, GIVEN_BACK, RELEASED, HANDED_ON }
}
