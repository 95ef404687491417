package org.portcullis.rules.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.portcullis.rules.sandbox.RuleCodeViolation;
import org.portcullis.rules.sandbox.RuleFile;
import org.portcullis.rules.sandbox.RuleSandbox;

/**
 * Compiles a rule set with the classic DRL compiler, which reports problems by file and line as authors wrote
 * them. DRL files ({@code *.drl}) and decision tables ({@code *.csv}, {@code *.xls}, {@code *.xlsx} outside
 * {@code reference/}) are compiled together. A rule set goes live only without problems: DRL errors, rule code
 * that does more than read facts and insert findings ({@link RuleSandbox}: checked on the parsed files before
 * compiling and on the generated classes after), a DRL file without its header, rule names without a stable id,
 * a rule id used twice, or bad rows in its reference data.
 * The watchlists of the last compiled rule set are kept and reused while their files do not change.
 */
public class RuleSetCompiler {

    /** A rule is named "ID plain sentence", the id being letters, a hyphen and digits: "TGT-012 ...". */
    static final Pattern RULE_NAME = Pattern.compile("([A-Z]{2,6}-\\d{3,4}) \\S.*");

    private final Clock clock;
    private final AtomicReference<ReferenceData.Watchlists> lastWatchlists = new AtomicReference<>();

    public RuleSetCompiler(Clock clock) {
        this.clock = clock;
    }

    public RuleSet compile(RuleSources sources) {
        List<RuleProblem> problems = new ArrayList<>();
        ReferenceDataReader referenceReader = new ReferenceDataReader();
        ReferenceData referenceData = referenceReader.read(sources, lastWatchlists.get());
        problems.addAll(referenceReader.problems());
        problems.addAll(DrlHeaders.check(sources));

        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder();
        RuleFiles files = new RuleFiles(sources, builder);
        problems.addAll(files.problems());
        RuleSandbox sandbox = new RuleSandbox(builder.getRootClassLoader());
        List<RuleCodeViolation> refused = sandbox.checkSources(files.parsed());
        refused.forEach(violation -> problems.add(problem(violation)));
        Set<String> refusedFiles = refused.stream().map(RuleCodeViolation::file).collect(Collectors.toSet());
        List<RuleFile> compiled = files.parsed().stream().filter(file -> !refusedFiles.contains(file.path()))
                .toList();
        compiled.forEach(file -> builder.addPackage(file.descr()));
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String file = fileOf(error);
            int line = decisionTableType(file) == null ? lineOf(error) : 0;
            problems.add(new RuleProblem(file, line, error.getMessage().strip()));
        }
        if (problems.isEmpty()) {
            sandbox.checkCompiled(builder, compiled).forEach(violation -> problems.add(problem(violation)));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetCompileException(RootCauses.order(sources, problems));
        }
        KieBase kieBase = builder.newKieBase();
        List<RuleDescription> rules = describe(kieBase, sources, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetCompileException(RootCauses.order(sources, problems));
        }
        lastWatchlists.set(referenceData.watchlists());
        return new RuleSet(sources.version(), kieBase, referenceData, rules, clock.instant());
    }

    /** The decision table format of a file, or null when it is no decision table. */
    static DecisionTableInputType decisionTableType(String path) {
        if (path.startsWith("reference/")) {
            return null;
        }
        if (path.endsWith(".csv")) {
            return DecisionTableInputType.CSV;
        }
        return path.endsWith(".xls") || path.endsWith(".xlsx") ? DecisionTableInputType.XLS : null;
    }

    private static RuleProblem problem(RuleCodeViolation violation) {
        return new RuleProblem(violation.file(), violation.line(), violation.message());
    }

    private static List<RuleDescription> describe(KieBase kieBase, RuleSources sources, List<RuleProblem> problems) {
        List<RuleDescription> rules = new ArrayList<>();
        Map<String, String> declaredAt = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String file = fileOf(rule);
                var matcher = RULE_NAME.matcher(rule.getName());
                if (!matcher.matches()) {
                    problems.add(new RuleProblem(file, ruleLine(sources, file, rule), "rule \"" + rule.getName()
                            + "\" has no stable id: name it \"ABC-123 A plain sentence\""));
                    continue;
                }
                String id = matcher.group(1);
                Object visible = rule.getMetaData().get("carrierVisible");
                RuleDescription description = new RuleDescription(id, rule.getName().substring(id.length() + 1),
                        kiePackage.getName(), file, visible != null && Boolean.parseBoolean(visible.toString()));
                int line = ruleLine(sources, file, rule);
                String earlier = declaredAt.putIfAbsent(id, file + (line > 0 ? ":" + line : ""));
                if (earlier != null) {
                    problems.add(new RuleProblem(file, line, "rule id " + id + " is used twice (also in " + earlier
                            + ")"));
                }
                rules.add(description);
            }
        }
        rules.sort((a, b) -> a.id().compareTo(b.id()));
        return rules;
    }

    /** The line a rule's name is declared on in its DRL file, or 0 (a decision table's rows have no such line). */
    private static int ruleLine(RuleSources sources, String file, Rule rule) {
        return RootCauses.lineOf(sources, file, Pattern.compile("^\\s*rule\\s+\"" + Pattern.quote(rule.getName())
                + "\""));
    }

    /** The rule set file a rule was written in, or an empty text. */
    static String fileOf(Rule rule) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
            return impl.getResource().getSourcePath();
        }
        return "";
    }

    private static String fileOf(KnowledgeBuilderError error) {
        return error.getResource() == null ? "" : error.getResource().getSourcePath();
    }

    private static int lineOf(KnowledgeBuilderError error) {
        int[] lines = error.getLines();
        return lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0);
    }
}
