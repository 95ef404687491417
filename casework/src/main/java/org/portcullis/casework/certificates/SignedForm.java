package org.portcullis.casework.certificates;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/**
 * A certificate's signed form, a compact JWS: its key id, its payload's claims, and whether its signature verifies
 * with a key. ES256 is verified by Nimbus JOSE+JWT; EdDSA (Ed25519) by the JDK, as Nimbus needs Google Tink for it.
 */
final class SignedForm {

    private final JWSObject jws;

    private SignedForm(JWSObject jws) {
        this.jws = jws;
    }

    static Optional<SignedForm> parse(String compact) {
        try {
            return compact == null ? Optional.empty() : Optional.of(new SignedForm(JWSObject.parse(compact.strip())));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    String keyId() {
        return jws.getHeader().getKeyID();
    }

    /** The payload's claims; empty when the payload is not a JSON object. */
    Map<String, Object> claims() {
        Map<String, Object> claims = jws.getPayload().toJSONObject();
        return claims == null ? Map.of() : claims;
    }

    String claim(String name) {
        Object value = claims().get(name);
        return value == null ? null : value.toString();
    }

    boolean verifiesWith(PublicKey key) {
        JWSAlgorithm algorithm = jws.getHeader().getAlgorithm();
        try {
            if (JWSAlgorithm.ES256.equals(algorithm) && key instanceof ECPublicKey ec) {
                return jws.verify(new ECDSAVerifier(ec));
            }
            if ((JWSAlgorithm.EdDSA.equals(algorithm) || JWSAlgorithm.Ed25519.equals(algorithm))
                    && key instanceof EdECPublicKey) {
                Signature ed25519 = Signature.getInstance("Ed25519");
                ed25519.initVerify(key);
                ed25519.update(jws.getSigningInput());
                return ed25519.verify(jws.getSignature().decode());
            }
            return false;
        } catch (JOSEException | GeneralSecurityException e) {
            return false;
        }
    }
}
