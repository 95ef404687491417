package org.portcullis.rules.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.value.UnLocode;
import org.portcullis.rules.fact.BookingPattern;

/**
 * Reads {@code reference/booking-patterns.csv} (patternId, embarkation, disembarkation, paymentMethod, oneWay,
 * maxDaysBeforeBoarding, minPartySize, reason). Every bad row is a problem with file and line: an id missing or
 * used twice, a port that is no UN/LOCODE, an unknown payment method, a yes/no or a number that is none, a pattern
 * without a reason or without a criterion.
 */
final class BookingPatternReader {

    static final String FILE = "reference/booking-patterns.csv";
    private static final Set<String> PAYMENT_METHODS = Set.of("CASH", "CARD", "BANK_TRANSFER", "VOUCHER", "OTHER");
    private static final List<String> COLUMNS = List.of("patternId", "embarkation", "disembarkation", "paymentMethod",
            "oneWay", "maxDaysBeforeBoarding", "minPartySize", "reason");

    private final List<RuleProblem> problems;

    BookingPatternReader(List<RuleProblem> problems) {
        this.problems = problems;
    }

    List<BookingPattern> read(RuleSources sources) {
        List<BookingPattern> patterns = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvRows.Row row : CsvRows.read(FILE, sources.text(FILE), COLUMNS, problems)) {
            int before = problems.size();
            String id = row.get("patternId");
            if (id.isEmpty() || !ids.add(id)) {
                problem(row, id.isEmpty() ? "patternId is required" : "patternId " + id + " is used twice");
            }
            String embarkation = port(row, "embarkation");
            String disembarkation = port(row, "disembarkation");
            String payment = row.getOrNull("paymentMethod");
            if (payment != null && !PAYMENT_METHODS.contains(payment)) {
                problem(row, "paymentMethod '" + payment + "' is not one of " + String.join(", ",
                        PAYMENT_METHODS.stream().sorted().toList()));
            }
            Boolean oneWay = yesNo(row, "oneWay");
            Integer maxDays = number(row, "maxDaysBeforeBoarding");
            Integer minParty = number(row, "minPartySize");
            if (row.get("reason").isEmpty()) {
                problem(row, "reason is required: say why this pattern is telling");
            }
            if (COLUMNS.subList(1, COLUMNS.size() - 1).stream().allMatch(column -> row.get(column).isEmpty())) {
                problem(row, "a pattern needs at least one criterion, or every booking would match it");
            }
            if (problems.size() == before) {
                patterns.add(new BookingPattern(id, embarkation, disembarkation, payment, oneWay, maxDays, minParty,
                        row.get("reason")));
            }
        }
        return patterns;
    }

    private String port(CsvRows.Row row, String column) {
        String value = row.getOrNull(column);
        if (value == null) {
            return null;
        }
        try {
            return UnLocode.of(value).value();
        } catch (InvalidValueException e) {
            problem(row, column + " '" + value + "' is not a UN/LOCODE");
            return null;
        }
    }

    private Boolean yesNo(CsvRows.Row row, String column) {
        String value = row.getOrNull(column);
        if (value == null) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        problem(row, column + " '" + value + "' is neither true nor false (leave it empty for either)");
        return null;
    }

    private Integer number(CsvRows.Row row, String column) {
        String value = row.getOrNull(column);
        if (value == null) {
            return null;
        }
        if (value.matches("\\d{1,4}")) {
            return Integer.valueOf(value);
        }
        problem(row, column + " '" + value + "' is not a whole number from 0 to 9999");
        return null;
    }

    private void problem(CsvRows.Row row, String message) {
        problems.add(new RuleProblem(FILE, (int) row.line(), message));
    }
}
