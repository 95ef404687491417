package org.portcullis.rules.watchlist;

import java.util.Objects;

/** A list file as published, to import: its format, its name (for problems) and its bytes. */
public record ListFile(ListFormat format, String fileName, byte[] content) {

    public ListFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }
}
