package org.portcullis.rulescli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule author's command line, for those who work in git and want no Maven:
 * <pre>
 * java -jar portcullis-rules.jar check     [--rules rules/ruleset]
 * java -jar portcullis-rules.jar scenarios [--rules rules/ruleset] [--scenarios rules/scenarios]
 *                                           [--agencies config/agencies.yml]
 * java -jar portcullis-rules.jar backtest  --rules rules/draft --against rules/ruleset --filings docs/samples
 * </pre>
 * Exit status 0 when all is well, 1 when the rule set is refused or a scenario fails, 2 when the command cannot
 * run (a wrong option, a folder that does not exist, no scenarios).
 */
public final class RulesCli {

    /** The report goes to standard output through this logger (logback.xml prints its messages as they are). */
    private static final Logger REPORT = LoggerFactory.getLogger("org.portcullis.rulescli.report");

    static final int OK = 0;
    static final int FAILED = 1;
    static final int CANNOT_RUN = 2;

    private static final String USAGE = """
            usage: java -jar portcullis-rules.jar <command> [options]
              check      compiles a rule set and lists its problems, the root cause first
                         --rules <folder>      the rule set (default rules/ruleset)
              scenarios  runs the scenarios against a rule set and names each
                         --rules <folder>      the rule set (default rules/ruleset)
                         --scenarios <folder>  the scenario files (default rules/scenarios)
                         --agencies <file>     the agencies file naming each agency's rule folders
                                               (default config/agencies.yml)
              backtest   assesses filing documents with two rule sets and reports what would change
                         --rules <folder>      the changed rule set (default rules/draft)
                         --against <folder>    the rule set to compare with (default rules/ruleset)
                         --filings <folder>    v1 JSON filing documents (default docs/samples)""";

    private RulesCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, REPORT::info));
    }

    /** Runs one command, writing its report line by line, and answers the exit status. */
    static int run(String[] args, Consumer<String> out) {
        if (args.length == 0 || !List.of("check", "scenarios", "backtest").contains(args[0])) {
            USAGE.lines().forEach(out);
            return CANNOT_RUN;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!List.of("--rules", "--scenarios", "--against", "--filings", "--agencies").contains(args[i])
                    || i + 1 == args.length) {
                out.accept("unknown option or option without a value: " + args[i]);
                USAGE.lines().forEach(out);
                return CANNOT_RUN;
            }
            options.put(args[i], args[++i]);
        }
        RuleSetCommands commands = new RuleSetCommands(Clock.systemUTC(), out);
        return switch (args[0]) {
            case "check" -> commands.check(folder(options, "--rules", "rules/ruleset"));
            case "scenarios" -> commands.scenarios(folder(options, "--rules", "rules/ruleset"),
                    folder(options, "--scenarios", "rules/scenarios"),
                    folder(options, "--agencies", "config/agencies.yml"));
            default -> commands.backtest(folder(options, "--rules", "rules/draft"),
                    folder(options, "--against", "rules/ruleset"), folder(options, "--filings", "docs/samples"));
        };
    }

    private static Path folder(Map<String, String> options, String option, String otherwise) {
        return Path.of(options.getOrDefault(option, otherwise));
    }
}
