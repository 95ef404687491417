package org.portcullis.ledger.sth;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Ed25519 signing for the log's key with Bouncy Castle, which keeps the public key and uses precomputed tables: the
 * JDK 17 implementation derives the public key again on every signature and is several times slower (a receipt on
 * an ACCEPTED notice may wait for one). Both give the same bytes (RFC 8032 signatures are deterministic). A key
 * whose seed the JDK does not give out is signed by the JDK. Verifying stays with the JDK, so the verifier needs
 * nothing else.
 */
final class LogSigner {

    private final Optional<Ed25519PrivateKeyParameters> seed;
    private final PrivateKey privateKey;

    LogSigner(PrivateKey privateKey) {
        this.privateKey = privateKey;
        this.seed = privateKey instanceof EdECPrivateKey edec
                ? edec.getBytes().filter(bytes -> bytes.length == Ed25519PrivateKeyParameters.KEY_SIZE)
                        .map(Ed25519PrivateKeyParameters::new)
                : Optional.empty();
    }

    byte[] sign(byte[] data) {
        if (seed.isPresent()) {
            byte[] signature = new byte[Ed25519PrivateKeyParameters.SIGNATURE_SIZE];
            seed.get().sign(Ed25519.Algorithm.Ed25519, null, data, 0, data.length, signature, 0);
            return signature;
        }
        try {
            Signature ed25519 = Signature.getInstance(LogKey.ALGORITHM);
            ed25519.initSign(privateKey);
            ed25519.update(data);
            return ed25519.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the log's key", e);
        }
    }
}
