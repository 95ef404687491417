package org.portcullis.ledger.verify;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portcullis.ledger.sth.KeyHandover;
import org.portcullis.ledger.sth.LogKey;

/**
 * The keys a verifier trusts: those it was given, and those it reaches from them through key handovers, each signed
 * by a key already trusted and cross-signed by the new one (A to B, then B to C, in any order given). A key reached
 * by a handover is trusted for tree heads from the handover's tree size on. Handovers from keys it does not trust
 * are not followed; one from a trusted key that does not verify is a problem.
 */
public final class KeyChain {

    /** A trusted key, and the smallest tree size it may sign (0 for a key given). */
    public record Trusted(PublicKey key, long fromTreeSize) {
    }

    private final List<PublicKey> given;
    private final Map<String, Trusted> byLogId = new LinkedHashMap<>();
    private final List<KeyHandover> followed = new ArrayList<>();
    private final List<KeyHandover> notFollowed = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private KeyChain(List<PublicKey> given, List<KeyHandover> handovers) {
        if (given.isEmpty()) {
            throw new IllegalArgumentException("at least one public key");
        }
        this.given = List.copyOf(given);
        given.forEach(key -> byLogId.putIfAbsent(LogKey.logId(key), new Trusted(key, 0)));
        List<KeyHandover> waiting = new ArrayList<>(handovers);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (KeyHandover handover : List.copyOf(waiting)) {
                Trusted old = byLogId.get(handover.oldLogId());
                if (old == null) {
                    continue;
                }
                waiting.remove(handover);
                List<String> wrong = handover.problems(old.key());
                if (!wrong.isEmpty()) {
                    problems.addAll(wrong);
                    continue;
                }
                followed.add(handover);
                byLogId.putIfAbsent(handover.newLogId(), new Trusted(handover.newKey(),
                        Math.max(old.fromTreeSize(), handover.treeSize())));
                progress = true;
            }
        }
        notFollowed.addAll(waiting);
    }

    /** The given keys, with the handovers followed from them. */
    public static KeyChain of(List<PublicKey> keys, List<KeyHandover> handovers) {
        return new KeyChain(keys, handovers);
    }

    public static KeyChain of(List<PublicKey> keys) {
        return new KeyChain(keys, List.of());
    }

    /** The trusted key of this log id, if any. */
    public Optional<Trusted> forLogId(String logId) {
        return Optional.ofNullable(byLogId.get(logId));
    }

    /** The keys given, first the first. */
    public List<PublicKey> given() {
        return given;
    }

    /** Every trusted key: the given ones, then those reached by handovers. */
    public List<PublicKey> keys() {
        return byLogId.values().stream().map(Trusted::key).toList();
    }

    /** The handovers followed, in the order they were. */
    public List<KeyHandover> followed() {
        return List.copyOf(followed);
    }

    /** The handovers no trusted key leads to. */
    public List<KeyHandover> notFollowed() {
        return List.copyOf(notFollowed);
    }

    /** Handovers from a trusted key that do not verify. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
