package org.portcullis.rules.engine;

/**
 * Something wrong in a rule set file, for its author: the file, the line (0 when unknown), what is wrong, and the
 * text of that line as written (null when there is no line to show).
 */
public record RuleProblem(String file, int line, String message, String snippet) {

    public RuleProblem(String file, int line, String message) {
        this(file, line, message, null);
    }

    RuleProblem withSnippet(String text) {
        return new RuleProblem(file, line, message, text);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " " + message;
    }
}
