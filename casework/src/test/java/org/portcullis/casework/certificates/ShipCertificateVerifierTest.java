package org.portcullis.casework.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.portcullis.model.certificate.CertificateCheck;
import org.portcullis.model.certificate.CertificateProblem;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.ShipCertificate;
import org.portcullis.model.filing.Vessel;
import org.portcullis.model.value.ImoNumber;
import org.portcullis.model.value.UnLocode;

/**
 * The checks of ship certificates against the demo's trusted issuers (config/certificate-issuers.yml), with
 * certificates signed here by the demo issuers' private keys (config/demo-issuers/) and by keys nobody trusts.
 */
class ShipCertificateVerifierTest {

    private static final Path CONFIG = Path.of("..", "config");
    private static final Instant ETA = Instant.parse("2026-12-04T14:00:00Z");

    private final ShipCertificateVerifier verifier = new ShipCertificateVerifier(this::issuers);

    @Test
    void certificatesOfBothDemoIssuersVerify() throws Exception {
        CertificateCheck flag = check(declared("T-1"), edDsa(demoKey("demo-flag-2026"), "demo-flag-2026",
                claims("T-1", "DEMO-FLAG")));
        CertificateCheck classed = check(declared("T-2").withIssuer("DEMO-CLASS"),
                es256(demoKey("demo-class-2026"), "demo-class-2026", claims("T-2", "DEMO-CLASS")));

        assertThat(flag.problems()).isEmpty();
        assertThat(flag.signedBy()).isEqualTo("Demo Flag Administration");
        assertThat(classed.problems()).isEmpty();
    }

    @Test
    void aCertificateSignedByAnUntrustedKeyUnderATrustedKeyIdDoesNotVerify() throws Exception {
        KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        CertificateCheck check = check(declared("T-1"), edDsa(forger.getPrivate(), "demo-flag-2026",
                claims("T-1", "DEMO-FLAG")));

        assertThat(problems(check)).containsExactly(CertificateProblem.SIGNATURE_INVALID);
        assertThat(check.reasons()).contains("does not verify with Demo Flag Administration's key demo-flag-2026");
    }

    @Test
    void aPayloadAlteredAfterSigningDoesNotVerify() throws Exception {
        String genuine = edDsa(demoKey("demo-flag-2026"), "demo-flag-2026", claims("T-1", "DEMO-FLAG"));
        String[] parts = genuine.split("\\.");
        Map<String, Object> altered = claims("T-1", "DEMO-FLAG");
        altered.put("expiryDate", "2035-01-01");
        String tampered = parts[0] + "." + base64url(new Payload(altered).toString()) + "." + parts[2];

        assertThat(problems(check(declared("T-1"), tampered))).containsExactly(CertificateProblem.SIGNATURE_INVALID);
    }

    @Test
    void aKeyIdOfNoTrustedIssuerIsAnUnknownIssuer() throws Exception {
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        CertificateCheck check = check(declared("T-1"), edDsa(other.getPrivate(), "somebody-else",
                claims("T-1", "DEMO-FLAG")));

        assertThat(problems(check)).containsExactly(CertificateProblem.ISSUER_UNKNOWN);
        assertThat(check.reasons()).contains("\"somebody-else\"");
    }

    @Test
    void aCertificateExpiringBeforeTheArrivalIsExpired() throws Exception {
        Map<String, Object> claims = claims("T-1", "DEMO-FLAG");
        claims.put("expiryDate", "2026-11-30");
        ShipCertificate declared = new ShipCertificate("ISSC", "ISSC-1", "DEMO-FLAG", LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 11, 30), "T-1", null);

        CertificateCheck check = check(declared, edDsa(demoKey("demo-flag-2026"), "demo-flag-2026", claims));

        assertThat(problems(check)).containsExactly(CertificateProblem.EXPIRED);
        assertThat(check.reasons()).contains("expires on 2026-11-30, before the port call ends on 2026-12-04");
    }

    @Test
    void aRevokedTrackingNumberIsRevokedEvenWithAGoodSignature() throws Exception {
        String revoked = "DEMO-FLAG-ISSC-2026-0666";

        CertificateCheck check = check(declared(revoked), edDsa(demoKey("demo-flag-2026"), "demo-flag-2026",
                claims(revoked, "DEMO-FLAG")));

        assertThat(problems(check)).containsExactly(CertificateProblem.REVOKED);
    }

    @Test
    void aDeclaredTrackingNumberOtherThanTheSignedOneDiffers() throws Exception {
        CertificateCheck check = check(declared("T-9"), edDsa(demoKey("demo-flag-2026"), "demo-flag-2026",
                claims("T-1", "DEMO-FLAG")));

        assertThat(problems(check)).containsExactly(CertificateProblem.DECLARATION_DIFFERS);
        assertThat(check.reasons()).contains("tracking number \"T-9\" is not the signed one, \"T-1\"");
    }

    private TrustedIssuers issuers() {
        try {
            return TrustedIssuers.read(CONFIG.resolve("certificate-issuers.yml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private CertificateCheck check(ShipCertificate declared, String jws) {
        ShipCertificate certificate = new ShipCertificate(declared.type(), declared.number(), declared.issuer(),
                declared.issueDate(), declared.expiryDate(), declared.trackingNumber(), jws);
        Filing filing = new Filing(new FilingHeader("LRN-1", "m-1", "MSC", MessageFunction.ORIGINAL, ETA),
                new Vessel(ImoNumber.of("9839284"), "MSC AURORA", null, null, null),
                new PortCall("FL648W", UnLocode.of("NLRTM"), ETA, null, null, List.of(), null), List.of(),
                List.of(), List.of(), null, List.of(), List.of(), List.of(), null, null, List.of(),
                List.of(certificate));
        return verifier.of(filing).get(0);
    }

    private static Set<CertificateProblem> problems(CertificateCheck check) {
        return Set.copyOf(check.problems().stream().map(CertificateCheck.Finding::problem).toList());
    }

    private static Declared declared(String trackingNumber) {
        return new Declared(trackingNumber, "DEMO-FLAG");
    }

    /** The declared fields of an ISSC valid from 2026-01-15 to 2031-01-14. */
    private record Declared(String trackingNumber, String issuer) {
        Declared withIssuer(String other) {
            return new Declared(trackingNumber, other);
        }
    }

    private CertificateCheck check(Declared declared, String jws) {
        return check(new ShipCertificate("ISSC", "ISSC-1", declared.issuer(), LocalDate.of(2026, 1, 15),
                LocalDate.of(2031, 1, 14), declared.trackingNumber(), null), jws);
    }

    private static Map<String, Object> claims(String trackingNumber, String issuer) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("type", "ISSC");
        claims.put("number", "ISSC-1");
        claims.put("trackingNumber", trackingNumber);
        claims.put("issueDate", "2026-01-15");
        claims.put("expiryDate", "2031-01-14");
        claims.put("imoNumber", "9839284");
        return claims;
    }

    private static PrivateKey demoKey(String kid) throws Exception {
        String pem = Files.readString(CONFIG.resolve("demo-issuers").resolve(kid + ".private.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance(kid.startsWith("demo-flag") ? "Ed25519" : "EC")
                .generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static String edDsa(PrivateKey key, String kid, Map<String, Object> claims) throws Exception {
        String input = base64url("{\"alg\":\"EdDSA\",\"kid\":\"" + kid + "\"}") + "."
                + base64url(new Payload(claims).toString());
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(key);
        ed25519.update(input.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(ed25519.sign());
    }

    private static String es256(PrivateKey key, String kid, Map<String, Object> claims) throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(),
                new Payload(claims));
        jws.sign(new ECDSASigner((ECPrivateKey) key));
        return jws.serialize();
    }

    private static String base64url(String text) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
