package org.portcullis.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts of a fault check, each of something that must not happen, by what it is; the check passes when every
 * count is 0. Also reads the figures the checks count from the database: per key, or one number.
 */
final class CheckCounts {

    private final Map<String, Integer> problems = new LinkedHashMap<>();

    Map<String, Integer> problems() {
        return problems;
    }

    boolean passed() {
        return problems.values().stream().allMatch(count -> count == 0);
    }

    /** Adds one to {@code problem} when it happened (and makes it appear, as 0, when not). */
    void count(String problem, boolean happened) {
        add(problem, happened ? 1 : 0);
    }

    /** Adds {@code n} to {@code problem}: one check may look at several carriers or nodes in turn. */
    void add(String problem, int n) {
        problems.merge(problem, n, Integer::sum);
    }

    /** Sets a figure that is the same whichever carrier is looked at (a count over the whole database). */
    void set(String problem, int n) {
        problems.put(problem, n);
    }

    /** The rows of {@code sql}, a key and a number, with {@code parameter} as its one parameter. */
    static Map<String, Integer> byKey(Connection db, String sql, String parameter) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    /** The one text {@code sql} answers (null when no row). */
    static String text(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** The one number {@code sql} answers. */
    static int single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
