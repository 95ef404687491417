package org.portcullis.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a refused rule set's problems in the order an author fixes them. The compiler reports one mistyped import
 * once as the cause and again in every rule of its package, in files nobody touched; those echoes are left out (the
 * cause says how many), the cause comes first with the line of its import, and every problem with a line shows that
 * line as written.
 */
final class RootCauses {

    private static final Pattern IMPORT_ERROR = Pattern.compile("Error importing : '([^']+)'");

    private RootCauses() {
    }

    static List<RuleProblem> order(RuleSources sources, List<RuleProblem> problems) {
        Map<String, RuleProblem> badImports = new LinkedHashMap<>();
        for (RuleProblem problem : problems) {
            Matcher matcher = IMPORT_ERROR.matcher(problem.message());
            if (matcher.find()) {
                badImports.putIfAbsent(matcher.group(1), problem);
            }
        }
        List<RuleProblem> causes = new ArrayList<>();
        List<RuleProblem> others = new ArrayList<>();
        Map<String, List<RuleProblem>> echoes = new LinkedHashMap<>();
        for (RuleProblem problem : problems) {
            if (IMPORT_ERROR.matcher(problem.message()).find()) {
                continue;
            }
            String echoed = badImports.keySet().stream().filter(name -> problem.message().contains(name))
                    .findFirst().orElse(null);
            if (echoed == null) {
                others.add(problem);
            } else {
                echoes.computeIfAbsent(echoed, name -> new ArrayList<>()).add(problem);
            }
        }
        badImports.forEach((name, problem) -> causes.add(importCause(sources, name, problem,
                echoes.getOrDefault(name, List.of()))));
        others.sort(Comparator.comparingInt(RootCauses::rank));
        List<RuleProblem> ordered = new ArrayList<>(causes);
        ordered.addAll(others);
        return ordered.stream().map(problem -> withSnippet(sources, problem)).toList();
    }

    /** The line a text first appears on in a file (1-based), or 0. */
    static int lineOf(RuleSources sources, String file, Pattern pattern) {
        String text = sources.text(file);
        if (text == null) {
            return 0;
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static RuleProblem importCause(RuleSources sources, String name, RuleProblem problem,
            List<RuleProblem> echoes) {
        int line = lineOf(sources, problem.file(), Pattern.compile("^\\s*import\\s+" + Pattern.quote(name)
                + "\\s*;?\\s*$"));
        StringBuilder message = new StringBuilder("imports ").append(name)
                .append(", which is no class rule code can use: check its spelling and package (the facts are in"
                        + " org.portcullis.rules.fact)");
        if (!echoes.isEmpty()) {
            Set<String> files = new TreeSet<>();
            echoes.forEach(echo -> files.add(echo.file()));
            files.remove(problem.file());
            message.append("; ").append(echoes.size()).append(" error(s) that follow from it are left out");
            if (!files.isEmpty()) {
                message.append(" (in ").append(String.join(", ", files)).append(", which share its package)");
            }
        }
        return new RuleProblem(problem.file(), line > 0 ? line : problem.line(), message.toString());
    }

    /** Problems the compiler finds before it builds anything (parsing, headers, code checks) first. */
    private static int rank(RuleProblem problem) {
        return problem.message().startsWith("Rule Compilation error") ? 1 : 0;
    }

    private static RuleProblem withSnippet(RuleSources sources, RuleProblem problem) {
        String text = problem.line() > 0 ? sources.text(problem.file()) : null;
        if (text == null) {
            return problem;
        }
        List<String> lines = text.lines().toList();
        return problem.line() <= lines.size() ? problem.withSnippet(lines.get(problem.line() - 1).strip())
                : problem;
    }
}
