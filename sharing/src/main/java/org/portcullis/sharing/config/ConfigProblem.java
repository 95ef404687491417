package org.portcullis.sharing.config;

/** One thing wrong in an agencies file: where (line and column, from 1), what, and how to put it right. */
public record ConfigProblem(String source, int line, int column, String message, String hint) {

    @Override
    public String toString() {
        return source + ":" + line + ":" + column + " " + message + (hint == null ? "" : " (" + hint + ")");
    }
}
