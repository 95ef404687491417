package org.portcullis.casework.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the statements of a migration that break a node of the previous release still running on the migrated
 * schema during a rolling upgrade (docs/operations.md, "Rolling upgrade"): dropping or renaming a table or a
 * column, changing a column's type, making an existing column NOT NULL, adding a NOT NULL column without a default.
 * Such a change is a contract step: it is allowed only with a comment right above it,
 * {@code -- contract: <table> or <table>.<column> unused since <release>}, naming what it removes; what it names must
 * not be used by the code any more ({@link #contracted}).
 */
final class PreviousReleaseBreakers {

    private static final List<Rule> RULES = List.of(
            new Rule("drops a table", "\\bdrop\\s+table\\b"),
            new Rule("drops a column", "\\balter\\s+table\\b.*\\bdrop\\s+(column\\s+)?(?!constraint\\b|index\\b|not\\s+null\\b)\\w+"),
            new Rule("renames a table or column", "\\brename\\b"),
            new Rule("changes a column's type", "\\balter\\s+column\\s+\\w+\\s+(set\\s+data\\s+)?type\\b"),
            new Rule("makes an existing column NOT NULL", "\\balter\\s+column\\s+\\w+\\s+set\\s+not\\s+null\\b"),
            new Rule("adds a NOT NULL column without a default",
                    "^(?!.*\\bdefault\\b).*\\badd\\s+(column\\s+)?(?!constraint\\b)\\w+\\s+[^,]*\\bnot\\s+null\\b"));
    private static final Pattern CONTRACT = Pattern.compile("--\\s*contract:\\s*([\\w.]+)");

    private PreviousReleaseBreakers() {
    }

    /** A statement that breaks the previous release, and why. */
    record Breach(String migration, String statement, String why) {
    }

    /** A contract step and the table or column it says it removes. */
    record Contract(String migration, String statement, String removes) {
    }

    /** The breaking statements of a migration that are not marked as contract steps. */
    static List<Breach> in(String migration, String sql) {
        List<Breach> breaches = new ArrayList<>();
        for (Statement statement : statements(sql)) {
            if (statement.contract() != null) {
                continue;
            }
            for (Rule rule : RULES) {
                if (rule.pattern().matcher(statement.text()).find()) {
                    breaches.add(new Breach(migration, statement.text(), rule.why()));
                    break;
                }
            }
        }
        return breaches;
    }

    /** The statements of a migration marked as contract steps. */
    static List<Contract> contracted(String migration, String sql) {
        return statements(sql).stream().filter(statement -> statement.contract() != null)
                .map(statement -> new Contract(migration, statement.text(), statement.contract())).toList();
    }

    private record Rule(String why, Pattern pattern) {
        Rule(String why, String regex) {
            this(why, Pattern.compile(regex));
        }
    }

    /** A statement in lower case on one line, and what the contract comment right above it names. */
    private record Statement(String text, String contract) {
    }

    private static List<Statement> statements(String sql) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String contract = null;
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                Matcher marker = CONTRACT.matcher(trimmed);
                if (marker.find() && text.isEmpty()) {
                    contract = marker.group(1).toLowerCase(Locale.ROOT);
                }
                continue;
            }
            text.append(' ').append(trimmed);
            if (trimmed.endsWith(";")) {
                statements.add(new Statement(text.toString().strip().replaceAll("\\s+", " ")
                        .toLowerCase(Locale.ROOT), contract));
                text.setLength(0);
                contract = null;
            }
        }
        return statements;
    }
}
