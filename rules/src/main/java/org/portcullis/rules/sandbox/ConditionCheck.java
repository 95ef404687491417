package org.portcullis.rules.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.portcullis.rules.sandbox.RuleCodeViolation.Where;

/**
 * Checks the parts of a rule the compiler leaves to MVEL, which it interprets rather than compiles to classes:
 * pattern constraints, {@code from} sources, accumulate arguments, {@code enabled} and {@code salience}. Such an
 * expression is read as tokens: every class it names (a simple name, a qualified name, after {@code new}, in a
 * cast) must be one rule code may use, and none of its names may be one of {@link ForbiddenNames}; assignments,
 * statements, blocks and MVEL's own functions and inline casts are refused. Member names are checked once every
 * expression of the rule set has named its classes ({@link #checkNames}).
 */
final class ConditionCheck {

    private static final Set<String> STATEMENT_WORDS = Set.of("def", "function", "import", "foreach", "for",
            "while", "until", "do", "if", "else", "return", "var", "assert", "with", "switch", "proto", "throw",
            "try", "catch", "interface", "enum", "synchronized", "macro");
    private static final Set<String> OPERATORS = Set.of("!.", "?.", "==", "!=", "<=", ">=", "&&", "||", ":=",
            "<<", ">>", ".", ",", "(", ")", "[", "]", "!", "<", ">", "+", "-", "*", "/", "%", "?", ":", "^", "&",
            "|", "~");
    /** Assignments, increments, MVEL's regular expression operator, lambdas and method references. */
    private static final Set<String> REFUSED_PAIRS = Set.of("++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
            "^=", "=~", "->", "::");

    private final TypeNames types;
    private final Set<Class<?>> namedClasses = new HashSet<>();
    private final List<Name> names = new ArrayList<>();

    private record Name(String name, Where where) {
    }

    ConditionCheck(TypeNames types) {
        this.types = types;
    }

    /** The classes the checked expressions named (allowed or not), where the names pass starts from. */
    Set<Class<?>> namedClasses() {
        return namedClasses;
    }

    void check(String expression, TypeNames.Scope scope, Where where, Consumer<RuleCodeViolation> problems) {
        if (expression == null || expression.isBlank()) {
            return;
        }
        List<String> tokens;
        try {
            tokens = tokens(expression);
        } catch (IllegalArgumentException e) {
            problems.accept(where.violation("writes " + e.getMessage() + " in the condition '" + expression.strip()
                    + "': conditions compare values"));
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!isIdentifier(token)) {
                continue;
            }
            if (STATEMENT_WORDS.contains(token)) {
                problems.accept(where.violation("writes '" + token + "' in the condition '" + expression.strip()
                        + "': conditions compare values, they run no statements"));
                return;
            }
            names.add(new Name(token, where));
            if (i == 0 || !isMemberAccess(tokens.get(i - 1))) {
                for (Class<?> named : types.resolveChain(chain(tokens, i), scope)) {
                    namedClasses.add(named);
                    if (!RuleCodePolicy.allowsType(named)) {
                        problems.accept(where.violation("uses " + named.getName() + " in the condition '"
                                + expression.strip() + "', a class rule code may not use"));
                    }
                }
            }
        }
    }

    /** Refuses every name, in every expression checked so far, that leads out of the allowed classes. */
    void checkNames(ForbiddenNames forbidden, Consumer<RuleCodeViolation> problems) {
        Set<String> reported = new HashSet<>();
        for (Name name : names) {
            if (forbidden.forbids(name.name()) && reported.add(name.where() + name.name())) {
                problems.accept(name.where().violation("uses '" + name.name() + "' in a condition, which leads to"
                        + " classes rule code may not use (reflection, the system, streams ...)"));
            }
        }
    }

    private static List<String> chain(List<String> tokens, int start) {
        List<String> parts = new ArrayList<>(List.of(tokens.get(start)));
        for (int i = start + 1; i + 1 < tokens.size() && isMemberAccess(tokens.get(i))
                && isIdentifier(tokens.get(i + 1)); i += 2) {
            parts.add(tokens.get(i + 1));
        }
        return parts;
    }

    private static boolean isMemberAccess(String token) {
        return token.equals(".") || token.equals("!.") || token.equals("?.");
    }

    private static boolean isIdentifier(String token) {
        return Character.isJavaIdentifierStart(token.charAt(0));
    }

    /** The expression's tokens without string literals; a character or operator conditions have no use for throws. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (c == '"' || c == '\'') {
                end = endOfString(text, i);
                tokens.add("\"\"");
                i = end;
                continue;
            } else if (Character.isDigit(c)) {
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                        || text.charAt(end) == '_')) {
                    end++;
                }
            } else if (Character.isJavaIdentifierStart(c)) {
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
            } else {
                String two = text.substring(i, Math.min(i + 2, text.length()));
                if (REFUSED_PAIRS.contains(two)) {
                    throw new IllegalArgumentException("'" + two + "'");
                } else if (two.length() == 2 && OPERATORS.contains(two)) {
                    end = i + 2;
                } else if (!OPERATORS.contains(String.valueOf(c))) {
                    throw new IllegalArgumentException("'" + c + "'");
                }
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static int endOfString(String text, int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == quote) {
                return i + 1;
            }
        }
        return text.length();
    }
}
