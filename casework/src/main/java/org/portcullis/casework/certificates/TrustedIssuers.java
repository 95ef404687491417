package org.portcullis.casework.certificates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The issuers whose ship certificates the authority trusts, each key by its id ({@code kid}), and the tracking
 * numbers the issuers revoked; read from the certificate issuers file (config/certificate-issuers.yml). A key is an
 * Ed25519 (EdDSA) or P-256 (ES256) public key as PEM.
 */
public record TrustedIssuers(Map<String, IssuerKey> keys, Set<String> revokedTrackingNumbers) {

    public static final TrustedIssuers NONE = new TrustedIssuers(Map.of(), Set.of());

    public TrustedIssuers {
        keys = Map.copyOf(keys);
        revokedTrackingNumbers = Set.copyOf(revokedTrackingNumbers);
    }

    /** One issuer's public key. */
    public record IssuerKey(String kid, String issuerId, String issuerName, PublicKey key) {
    }

    public Optional<IssuerKey> key(String kid) {
        return kid == null ? Optional.empty() : Optional.ofNullable(keys.get(kid));
    }

    public boolean revoked(String trackingNumber) {
        return trackingNumber != null && revokedTrackingNumbers.contains(trackingNumber.strip());
    }

    public static TrustedIssuers read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** The issuers of the YAML text; an unreadable key or a key id given twice is refused with where it is. */
    public static TrustedIssuers parse(String yaml, String source) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        Map<String, IssuerKey> keys = new HashMap<>();
        for (JsonNode issuer : root.path("issuers")) {
            String id = required(issuer, "id", source);
            String name = issuer.path("name").asText(id);
            for (JsonNode key : issuer.path("keys")) {
                String kid = required(key, "kid", source);
                IssuerKey parsed = new IssuerKey(kid, id, name, publicKey(required(key, "publicKey", source),
                        source + ": issuer " + id + ", key " + kid));
                if (keys.putIfAbsent(kid, parsed) != null) {
                    throw new IOException(source + ": key id " + kid + " is given twice");
                }
            }
        }
        Set<String> revoked = new HashSet<>();
        root.path("revokedTrackingNumbers").forEach(number -> revoked.add(number.asText().strip()));
        return new TrustedIssuers(keys, revoked);
    }

    private static String required(JsonNode node, String field, String source) throws IOException {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IOException(source + ": an issuer or key without " + field);
        }
        return value;
    }

    static PublicKey publicKey(String pem, String where) throws IOException {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": the public key is not PEM", e);
        }
        for (String algorithm : new String[] {"Ed25519", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // not of this algorithm: try the next
            }
        }
        throw new IOException(where + ": neither an Ed25519 nor a P-256 public key");
    }
}
