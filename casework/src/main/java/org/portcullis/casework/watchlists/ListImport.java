package org.portcullis.casework.watchlists;

import java.time.Instant;

/**
 * One import of an official list file by a node: the list, the file and the SHA-256 of its bytes, and either what
 * it serves (version, persons, parties) or why it was refused (the problem, with line and column when known).
 */
public record ListImport(String node, String listName, String fileName, String contentHash, Instant importedAt,
        boolean accepted, String version, Integer persons, Integer parties, String problem, Integer line,
        Integer column) {

    /** Where the problem is, as authors read it: "file:line:column". */
    public String where() {
        return fileName + (line == null || line == 0 ? "" : ":" + line + (column == null || column == 0 ? ""
                : ":" + column));
    }
}
