package org.portcullis.messaging.filing;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.ShipCertificate;

/**
 * The ship certificates a filing refers to (since schema 1.2). Only the signed form's structure is checked here: a
 * compact JWS with a JSON header and payload, signed ES256 or EdDSA; whether the signature verifies, and with whose
 * key, is for the authority's trusted issuers to say after the filing is registered (a finding, not an error).
 */
final class CertificatesMapper {

    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

    private final ValueCollector values;

    CertificatesMapper(ValueCollector values) {
        this.values = values;
    }

    List<ShipCertificate> certificates(JsonNode root) {
        List<ShipCertificate> certificates = new ArrayList<>();
        JsonNode array = root.path("certificates");
        for (int i = 0; i < array.size(); i++) {
            JsonNode c = array.get(i);
            String at = "/certificates/" + i;
            String jws = ValueCollector.text(c, "jws");
            checkStructure(jws, at + "/jws");
            certificates.add(new ShipCertificate(ValueCollector.text(c, "type"), ValueCollector.text(c, "number"),
                    ValueCollector.text(c, "issuer"), values.date(c, "issueDate", at),
                    values.date(c, "expiryDate", at), ValueCollector.text(c, "trackingNumber"), jws));
        }
        return certificates;
    }

    private void checkStructure(String jws, String pointer) {
        String problem;
        try {
            JWSObject parsed = JWSObject.parse(jws.strip());
            problem = !ALGORITHMS.contains(parsed.getHeader().getAlgorithm())
                    ? "the JWS is signed " + parsed.getHeader().getAlgorithm() + "; ES256 or EdDSA expected"
                    : parsed.getPayload().toJSONObject() == null ? "the JWS payload is not a JSON object" : null;
        } catch (ParseException e) {
            problem = "not a compact JWS: " + e.getMessage();
        }
        if (problem != null) {
            values.add(ValidationError.of(ErrorCode.CERTIFICATE_JWS_MALFORMED, pointer, problem));
        }
    }
}
