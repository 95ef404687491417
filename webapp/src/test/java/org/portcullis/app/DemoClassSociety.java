package org.portcullis.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

/**
 * Signs ship certificates as the demo's recognized organization DEMO-CLASS (ES256, its private key from
 * config/demo-issuers, which config/certificate-issuers.yml trusts), or as a forger holding another P-256 key who
 * names DEMO-CLASS's key id.
 */
final class DemoClassSociety {

    static final String KEY_ID = "demo-class-2026";

    private DemoClassSociety() {
    }

    /** An ISSC of the ship, valid from 2026-01-15 to 2031-01-14, as the filing declares it and signed. */
    static Map<String, Object> certificate(String imo, String trackingNumber, boolean forged) {
        Map<String, Object> claims = Map.of("iss", "DEMO-CLASS", "type", "ISSC", "number", "ISSC-" + trackingNumber,
                "trackingNumber", trackingNumber, "issueDate", "2026-01-15", "expiryDate", "2031-01-14",
                "imoNumber", imo);
        return Map.of("type", "ISSC", "number", "ISSC-" + trackingNumber, "issuer", "DEMO-CLASS",
                "issueDate", "2026-01-15", "expiryDate", "2031-01-14", "trackingNumber", trackingNumber,
                "jws", sign(claims, forged));
    }

    private static String sign(Map<String, Object> claims, boolean forged) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(KEY_ID).build(),
                    new Payload(claims));
            jws.sign(new ECDSASigner(forged ? forgersKey() : demoKey()));
            return jws.serialize();
        } catch (JOSEException | GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot sign the test certificate", e);
        }
    }

    private static ECPrivateKey demoKey() throws IOException, GeneralSecurityException {
        String pem = Files.readString(Path.of("..", "config", "demo-issuers", KEY_ID + ".private.pem"));
        return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""))));
    }

    private static ECPrivateKey forgersKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return (ECPrivateKey) generator.generateKeyPair().getPrivate();
    }
}
