package org.portcullis.rules.engine;

/** Something wrong in a rule set file, for its author: the file, the line (0 when unknown) and what is wrong. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " " + message;
    }
}
