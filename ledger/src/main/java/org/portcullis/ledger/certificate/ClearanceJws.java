package org.portcullis.ledger.certificate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.portcullis.ledger.json.JsonText;
import org.portcullis.ledger.sth.LogKey;

/**
 * Portcullis's clearance certificate as a JWS in compact serialization (RFC 7515), signed EdDSA (RFC 8037) with the
 * log's Ed25519 key: the header names the algorithm, the key by its log id ({@code kid}) and the type
 * {@value #TYPE}; the payload is a flat JSON object of strings in sorted key order. Written and checked with the JDK
 * alone, so that the verifier jar checks a certificate offline with the public key.
 */
public final class ClearanceJws {

    public static final String TYPE = "portcullis-clearance+jws";
    private static final String OTHER_KEY = ", not with this key";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private ClearanceJws() {
    }

    /** The signed certificate of these claims. */
    public static String sign(LogKey key, Map<String, String> claims) {
        String header = flatObject(Map.of("alg", "EdDSA", "kid", key.logId(), "typ", TYPE));
        String input = encode(header) + "." + encode(flatObject(claims));
        return input + "." + BASE64URL.encodeToString(key.sign(input.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Checks the certificate with the public key: the header's algorithm, type and key id, then the signature.
     * The claims are given even when a check fails (to show what was presented), never as verified then.
     */
    public static Verification verify(String compact, PublicKey key) {
        List<String> problems = new ArrayList<>();
        String[] parts = compact == null ? new String[0] : compact.strip().split("\\.", -1);
        if (parts.length != 3) {
            return new Verification(Map.of(), List.of("not a JWS in compact serialization (three parts)"));
        }
        Map<String, Object> header = object(parts[0], "header", problems);
        Map<String, Object> claims = object(parts[1], "payload", problems);
        if (!problems.isEmpty()) {
            return new Verification(claims, problems);
        }
        if (!"EdDSA".equals(header.get("alg"))) {
            problems.add("signed " + header.get("alg") + ", not EdDSA");
        }
        if (!TYPE.equals(header.get("typ"))) {
            problems.add("not a Portcullis clearance certificate (typ " + header.get("typ") + ")");
        }
        if (!LogKey.logId(key).equals(header.get("kid"))) {
            problems.add("signed with key " + header.get("kid") + OTHER_KEY + " (" + LogKey.logId(key) + ")");
        } else if (!signatureVerifies(parts, key)) {
            problems.add("the signature does not verify: the certificate was altered or not signed with this key");
        }
        return new Verification(claims, problems);
    }

    /** Checks with whichever of the keys (the current and retired ones) the header's {@code kid} names. */
    public static Verification verify(String compact, List<PublicKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one public key");
        }
        List<Verification> all = keys.stream().map(key -> verify(compact, key)).toList();
        return all.stream().filter(v -> v.problems().stream().noneMatch(p -> p.contains(OTHER_KEY))).findFirst()
                .orElse(all.get(0));
    }

    /** The claims presented and every problem found; verified when there is none. */
    public record Verification(Map<String, Object> claims, List<String> problems) {

        public Verification {
            claims = Map.copyOf(claims);
            problems = List.copyOf(problems);
        }

        public boolean verified() {
            return problems.isEmpty();
        }

        public String claim(String name) {
            Object value = claims.get(name);
            return value == null ? null : value.toString();
        }
    }

    private static boolean signatureVerifies(String[] parts, PublicKey key) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return ed25519.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String part, String name, List<String> problems) {
        try {
            Object parsed = JsonText.parse(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
            if (parsed instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add("the " + name + " is not a base64url JSON object");
        return Map.of();
    }

    private static String flatObject(Map<String, String> fields) {
        return new TreeMap<>(fields).entrySet().stream()
                .map(field -> JsonText.quote(field.getKey()) + ":" + JsonText.quote(field.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
