package org.portcullis.casework.ledger;

import java.security.PublicKey;
import java.util.List;

/**
 * The public keys the log signed with before its key was rotated (docs/ledger.md, "Keys"): tree heads and clearance
 * certificates signed with them keep verifying with them; nothing is signed with them any more.
 */
public record RetiredLogKeys(List<PublicKey> keys) {

    public static final RetiredLogKeys NONE = new RetiredLogKeys(List.of());

    public RetiredLogKeys {
        keys = List.copyOf(keys);
    }
}
