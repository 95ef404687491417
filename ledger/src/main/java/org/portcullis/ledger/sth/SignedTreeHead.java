package org.portcullis.ledger.sth;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;

/** A tree head with the log's Ed25519 signature over its {@link TreeHead#signedData()}, and the log's id. */
public record SignedTreeHead(String logId, TreeHead treeHead, byte[] signature) {

    public SignedTreeHead {
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** True when the signature is the given key's over this tree head. */
    public boolean verify(PublicKey key) {
        return verify(key, treeHead.signedData(), signature);
    }

    /** True when {@code signature} is the given key's Ed25519 signature over {@code data}. */
    static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature ed25519 = Signature.getInstance(LogKey.ALGORITHM);
            ed25519.initVerify(key);
            ed25519.update(data);
            return ed25519.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
