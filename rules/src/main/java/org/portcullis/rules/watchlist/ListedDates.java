package org.portcullis.rules.watchlist;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth as the lists write them, to what screening compares: a full date (yyyy-MM-dd) or a year. Accepts
 * ISO dates, OFAC's "12 Jan 1955", "Jan 1955", "1955", "circa 1955" and "1955 to 1957", and year ranges; anything
 * else is refused by the reader with the element's line.
 */
final class ListedDates {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final Pattern YEAR = Pattern.compile("(?:circa |c\\. ?|approximately )?(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("[A-Za-z]{3} (\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}) ?(?:to|-) ?(\\d{4})");
    private static final int MAX_RANGE = 20;

    private ListedDates() {
    }

    /** The dates the text stands for, or null when it is no date the lists are known to write. */
    static List<String> parse(String text) {
        String value = text.strip();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return List.of(LocalDate.parse(value).toString());
            }
            if (value.matches("\\d{1,2} [A-Za-z]{3} \\d{4}")) {
                return List.of(LocalDate.parse(capitalised(value), DAY_MONTH_YEAR).toString());
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        Matcher year = YEAR.matcher(value.toLowerCase(Locale.ROOT));
        if (year.matches()) {
            return List.of(year.group(1));
        }
        Matcher monthYear = MONTH_YEAR.matcher(value);
        if (monthYear.matches()) {
            return List.of(monthYear.group(1));
        }
        Matcher range = RANGE.matcher(value);
        if (range.matches()) {
            return years(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)));
        }
        return null;
    }

    /** The years from one to the other, both included; null when the range is reversed or wider than 20 years. */
    static List<String> years(int from, int to) {
        if (to < from || to - from > MAX_RANGE) {
            return null;
        }
        List<String> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(Integer.toString(y));
        }
        return years;
    }

    private static String capitalised(String value) {
        String[] parts = value.split(" ");
        parts[1] = parts[1].substring(0, 1).toUpperCase(Locale.ROOT) + parts[1].substring(1).toLowerCase(Locale.ROOT);
        return String.join(" ", parts);
    }
}
