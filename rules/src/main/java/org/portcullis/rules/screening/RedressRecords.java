package org.portcullis.rules.screening;

import java.time.Instant;
import java.util.Optional;
import org.portcullis.model.assessment.MatchStrength;

/**
 * Port: the redress records officers keep (see {@link Redress}): the latest record for a subject (a person or party,
 * by its {@code subjectKey}) and an entry of a list, revoked ones included so that their revocation counts.
 * Implemented by the application over its redress store; read only here.
 */
public interface RedressRecords {

    RedressRecords NONE = (listName, entryId, subjectKey) -> Optional.empty();

    Optional<Redress> find(String listName, String entryId, String subjectKey);

    /**
     * The records of the former register, which kept no author, approval or expiry: each clearance it holds sets a
     * match aside as it did before four-eyes redress, described as such.
     */
    static RedressRecords of(RedressRegister register) {
        if (register == RedressRegister.NONE) {
            return NONE;
        }
        Redress former = new Redress("an officer", Instant.EPOCH, "marked as a false positive in the former register",
                MatchStrength.CONFIRMED, null, "the former register (no second officer recorded)", Instant.EPOCH,
                null, null);
        return (listName, entryId, subjectKey) -> register.isCleared(listName, entryId, subjectKey)
                ? Optional.of(former) : Optional.empty();
    }
}
