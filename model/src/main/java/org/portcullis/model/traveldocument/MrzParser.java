package org.portcullis.model.traveldocument;

import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.InvalidValueException;

/**
 * Reads the lines of a TD3 (ICAO Doc 9303 Part 4) or TD1 (Part 5) machine readable zone into its fields. Refuses
 * with {@link ErrorCode#MRZ_INVALID}, naming line and column, what is not an MRZ: the wrong number or length of
 * lines, a character other than A-Z, 0-9 and {@code <}, a document code of another layout. Check digits are not
 * checked here: a wrong one is a finding about the document, not a format error.
 */
final class MrzParser {

    private MrzParser() {
    }

    static Mrz parse(String text) {
        List<String> lines = lines(text);
        MrzFormat format = format(lines);
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (!(ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '<')) {
                    throw invalid("line " + (l + 1) + ", column " + (c + 1) + ": '" + ch
                            + "' is not an MRZ character (A-Z, 0-9 and the filler <)");
                }
            }
        }
        return format == MrzFormat.TD3 ? td3(lines) : td1(lines);
    }

    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("the MRZ is empty");
        }
        List<String> lines = new ArrayList<>(text.strip().lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList());
        if (lines.size() == 1) {
            String run = lines.get(0);
            int width = run.length() == 88 ? 44 : run.length() == 90 ? 30 : 0;
            if (width > 0) {
                lines.clear();
                for (int i = 0; i < run.length(); i += width) {
                    lines.add(run.substring(i, i + width));
                }
            }
        }
        return lines;
    }

    private static MrzFormat format(List<String> lines) {
        for (MrzFormat format : MrzFormat.values()) {
            if (lines.size() == format.lines() && lines.stream().allMatch(l -> l.length() == format.length())) {
                char code = lines.get(0).charAt(0);
                if (format == MrzFormat.TD3 && code != 'P') {
                    throw invalid("line 1, column 1: a TD3 MRZ (two lines of 44) is a passport's and starts with P, not "
                            + code);
                }
                if (format == MrzFormat.TD1 && "ACI".indexOf(code) < 0) {
                    throw invalid("line 1, column 1: a TD1 MRZ (three lines of 30) starts with A, C or I, not " + code);
                }
                return format;
            }
        }
        StringBuilder found = new StringBuilder();
        for (String line : lines) {
            found.append(found.isEmpty() ? "" : ", ").append(line.length());
        }
        throw invalid("an MRZ has two lines of 44 characters (TD3) or three of 30 (TD1), not " + lines.size()
                + " line(s) of " + found);
    }

    private static Mrz td3(List<String> lines) {
        String first = lines.get(0);
        String second = lines.get(1);
        String[] names = names(first.substring(5));
        return new Mrz(MrzFormat.TD3, lines, plain(first.substring(0, 2)), plain(first.substring(2, 5)), names[0],
                names[1], plain(second.substring(0, 9)), plain(second.substring(10, 13)), second.substring(13, 19),
                sex(second.charAt(20)), second.substring(21, 27), plain(second.substring(28, 42)));
    }

    private static Mrz td1(List<String> lines) {
        String first = lines.get(0);
        String second = lines.get(1);
        String[] names = names(lines.get(2));
        TdOneNumber number = TdOneNumber.of(first);
        String optional = (plain(number.optionalData()) + " " + plain(second.substring(18, 29))).strip();
        return new Mrz(MrzFormat.TD1, lines, plain(first.substring(0, 2)), plain(first.substring(2, 5)), names[0],
                names[1], number.number(), plain(second.substring(15, 18)), second.substring(0, 6),
                sex(second.charAt(7)), second.substring(8, 14), optional);
    }

    /** Primary identifier before the first {@code <<}, secondary after it, fillers as spaces. */
    private static String[] names(String field) {
        int separator = field.indexOf("<<");
        String primary = separator < 0 ? field : field.substring(0, separator);
        String secondary = separator < 0 ? "" : field.substring(separator + 2);
        return new String[] {spaced(primary), spaced(secondary)};
    }

    private static String spaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '<') {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    private static String plain(String text) {
        return text.replace("<", "");
    }

    private static String sex(char c) {
        return c == '<' ? "X" : String.valueOf(c);
    }

    static InvalidValueException invalid(String message) {
        return new InvalidValueException(ErrorCode.MRZ_INVALID, message);
    }
}
