package org.portcullis.rules.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Every DRL file starts with its header comment: purpose, legal basis, owner and last review, so that whoever
 * reads a rule knows why it exists and who answers for it.
 */
final class DrlHeaders {

    static final List<String> FIELDS = List.of("Purpose:", "Legal basis:", "Owner:", "Last review:");

    private DrlHeaders() {
    }

    static List<RuleProblem> check(RuleSources sources) {
        List<RuleProblem> problems = new ArrayList<>();
        sources.withSuffix(".drl").forEach((path, content) -> {
            String header = header(sources.text(path));
            List<String> missing = FIELDS.stream().filter(field -> !header.contains("// " + field)).toList();
            if (!missing.isEmpty()) {
                problems.add(new RuleProblem(path, 1, "the header comment lacks " + String.join(", ", missing)
                        + " (start the file with lines like \"// Purpose: ...\")"));
            }
        });
        return problems;
    }

    private static String header(String text) {
        StringBuilder header = new StringBuilder();
        for (String line : text.lines().toList()) {
            String stripped = line.strip();
            if (!stripped.startsWith("//") && !stripped.isEmpty()) {
                break;
            }
            header.append(stripped).append('\n');
        }
        return header.toString();
    }
}
