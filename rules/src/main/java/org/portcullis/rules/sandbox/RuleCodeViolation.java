package org.portcullis.rules.sandbox;

/** Rule code that does what rule code may not: the file, the line (0 when unknown) and what it does. */
public record RuleCodeViolation(String file, int line, String message) {

    static final String HINT = " (rules read facts and insert findings: rule code may use the fact model, text,"
            + " numbers, dates and collections; see \"What rule code may do\" in docs/rule-authoring.md)";

    /** Where rule code is: its file, its line, and the rule or function it belongs to, for the message. */
    record Where(String file, int line, String subject) {

        RuleCodeViolation violation(String what) {
            return new RuleCodeViolation(file, Math.max(line, 0), subject + " " + what + HINT);
        }

        Where at(int otherLine) {
            return new Where(file, otherLine > 0 ? otherLine : line, subject);
        }
    }
}
