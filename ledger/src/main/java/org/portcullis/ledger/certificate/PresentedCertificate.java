package org.portcullis.ledger.certificate;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.portcullis.ledger.json.JsonText;

/**
 * The compact JWS out of what someone holding a clearance certificate has: the JWS itself, the API's answer
 * ({@code {"jws": ...}}), or the verification URL of its QR code ({@code .../verify?jws=...}).
 */
public final class PresentedCertificate {

    private PresentedCertificate() {
    }

    public static String jws(String presented) {
        String text = presented.strip();
        if (text.startsWith("{") && JsonText.parse(text) instanceof Map<?, ?> answer
                && answer.get("jws") instanceof String jws) {
            return jws;
        }
        int at = text.indexOf("jws=");
        if (at >= 0 && (at == 0 || text.charAt(at - 1) == '?' || text.charAt(at - 1) == '&')) {
            int end = text.indexOf('&', at);
            return URLDecoder.decode(text.substring(at + 4, end < 0 ? text.length() : end), StandardCharsets.UTF_8);
        }
        return text;
    }
}
