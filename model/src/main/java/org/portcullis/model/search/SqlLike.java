package org.portcullis.model.search;

/**
 * A search for text anywhere in a column with {@code LIKE}, the same way on H2 and PostgreSQL: the officer's
 * {@code %} and {@code _} are searched for as themselves, escaped with {@code !} as {@link #ESCAPE} declares.
 */
public final class SqlLike {

    /** What follows the pattern in the SQL: {@code upper(c.vessel_name) like :pattern escape '!'}. */
    public static final String ESCAPE = "escape '!'";

    private SqlLike() {
    }

    /** The pattern that finds the text anywhere in a value. */
    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
