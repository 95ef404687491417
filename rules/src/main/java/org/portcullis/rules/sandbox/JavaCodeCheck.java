package org.portcullis.rules.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps the Java code of a rule (its consequence, an {@code eval}, accumulate code, a function body) inside the
 * method the compiler puts it in. That code is pasted into a generated class as text, so a consequence that
 * closes more braces than it opens could declare methods, fields or a static initialiser of its own. The code is
 * read as the Java compiler reads it (comments, strings, character literals and text blocks skipped): it may
 * close only what it opened, and may not use unicode escapes, which the Java compiler turns into braces and
 * quotes before it reads anything else.
 */
final class JavaCodeCheck {

    private JavaCodeCheck() {
    }

    /** What keeps the code from staying inside its method, or null when nothing does. */
    static String problem(String code) {
        if (code == null) {
            return null;
        }
        if (code.contains("\\u")) {
            return "uses a unicode escape (\\u...) in its Java code: write the character itself";
        }
        Deque<Character> open = new ArrayDeque<>();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                i = skipTo(code, "\n", i + 2);
            } else if (code.startsWith("/*", i)) {
                i = skipTo(code, "*/", i + 2);
            } else if (code.startsWith("\"\"\"", i)) {
                i = skipQuoted(code, "\"\"\"", i + 3);
            } else if (c == '"' || c == '\'') {
                i = skipQuoted(code, String.valueOf(c), i + 1);
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    open.push(c);
                } else if (c == ')' || c == ']' || c == '}') {
                    char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (open.isEmpty() || open.pop() != expected) {
                        return "closes '" + c + "' in its Java code where nothing it opened ends: rule code stays"
                                + " inside its rule";
                    }
                }
                i++;
            }
        }
        return open.isEmpty() ? null : "leaves '" + open.peek() + "' open in its Java code";
    }

    private static int skipTo(String code, String end, int from) {
        int at = code.indexOf(end, from);
        return at < 0 ? code.length() : at + end.length();
    }

    private static int skipQuoted(String code, String quote, int from) {
        for (int i = from; i < code.length(); i++) {
            if (code.charAt(i) == '\\') {
                i++;
            } else if (code.startsWith(quote, i)) {
                return i + quote.length();
            }
        }
        return code.length();
    }
}
