package org.portcullis.messaging.edifact;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Prepares an interchange as senders write it for the parser. A UTF-8 byte-order mark before it is dropped. A space
 * as the fifth character of UNA (the repetition separator of syntax version 4) means "no repetition separator" in
 * the WCO/IATA/ICAO guidelines ({@code UNA:+.? '}): names with spaces must not be split, so the space is replaced
 * by a character the interchange does not use.
 */
final class ServiceStrings {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String UNUSED_CANDIDATES = "*~^|`#@!";
    private static final int REPETITION = 7;

    private ServiceStrings() {
    }

    static byte[] prepare(byte[] body) {
        byte[] text = withoutByteOrderMark(body);
        if (text.length > 9 && text[0] == 'U' && text[1] == 'N' && text[2] == 'A' && text[REPETITION] == ' ') {
            String all = new String(text, StandardCharsets.ISO_8859_1);
            for (char candidate : UNUSED_CANDIDATES.toCharArray()) {
                if (all.indexOf(candidate) < 0) {
                    byte[] copy = Arrays.copyOf(text, text.length);
                    copy[REPETITION] = (byte) candidate;
                    return copy;
                }
            }
        }
        return text;
    }

    static byte[] withoutByteOrderMark(byte[] body) {
        if (body.length >= 3 && body[0] == BOM[0] && body[1] == BOM[1] && body[2] == BOM[2]) {
            return Arrays.copyOfRange(body, 3, body.length);
        }
        return body;
    }
}
