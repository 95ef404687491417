package org.portcullis.broker;

import java.nio.charset.StandardCharsets;

/** A duplicate-detection id as text, whether the client sent it as a string or as bytes. */
final class DuplicateIds {

    private DuplicateIds() {
    }

    static String text(Object id) {
        return id instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : id.toString();
    }
}
