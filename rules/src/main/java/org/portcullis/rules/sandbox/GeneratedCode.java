package org.portcullis.rules.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.LineMappings;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.portcullis.rules.sandbox.RuleCodeViolation.Where;

/**
 * Every class the classic compiler generated for a rule set, with the rule or function it belongs to. A package's
 * rules and their invokers are in the package's Java dialect data (class name to class file); functions are in
 * the builder's project class loader. A class is one of: a rule's class (its consequence, evals and accumulate
 * expressions), its accumulate state ({@code $Accumulate0}), an invoker ({@code ...DefaultConsequenceInvoker}),
 * or a function's class. Any other class (an anonymous or local class in a consequence) is refused.
 */
final class GeneratedCode {

    private static final Pattern ACCUMULATE_STATE = Pattern.compile("\\$Accumulate\\d+(\\$ReverseSnapshot)?");
    private static final Pattern INVOKER = Pattern.compile("[A-Z][A-Za-z0-9]*Invoker");
    /** The generated consequence method's first line of author code, after its signature and two locals. */
    private static final int CONSEQUENCE_PREAMBLE = 3;

    private final Map<String, Where> rules = new HashMap<>();
    private final Map<String, GeneratedClass.LineMapping> mappings = new HashMap<>();
    private final Map<String, Where> functions = new HashMap<>();
    private final Map<String, GeneratedClass> classes = new LinkedHashMap<>();
    private final List<RuleCodeViolation> strays = new ArrayList<>();

    GeneratedCode(KnowledgeBuilderImpl builder, List<RuleFile> files) {
        for (RuleFile file : files) {
            String pkg = file.descr().getName();
            for (RuleDescr rule : file.descr().getRules()) {
                if (rule.getClassName() != null) {
                    rules.put(internal(pkg + "." + rule.getClassName()), new Where(file.path(),
                            file.linesKnown() ? rule.getLine() : 0, "rule \"" + rule.getName() + "\""));
                }
            }
            for (FunctionDescr function : file.descr().getFunctions()) {
                if (function.getClassName() != null) {
                    functions.put(internal(function.getClassName()), new Where(file.path(),
                            file.linesKnown() ? function.getLine() : 0, "function " + function.getName()));
                }
            }
        }
        for (InternalKnowledgePackage pkg : builder.getPackages()) {
            pkg.getDialectRuntimeRegistry().getLineMappings().forEach((name, lines) -> mappings.put(internal(name),
                    mapping(lines)));
            if (pkg.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData java) {
                java.getStore().forEach(this::add);
            }
        }
        if (builder.getRootClassLoader() instanceof ProjectClassLoader loader && loader.getStore() != null) {
            loader.getStore().forEach(this::add);
        }
    }

    List<GeneratedClass> classes() {
        return List.copyOf(classes.values());
    }

    /** Classes that are neither a rule's, an invoker nor a function's. */
    List<RuleCodeViolation> strays() {
        return strays;
    }

    private void add(String file, byte[] bytecode) {
        String name = file.endsWith(".class") ? file.substring(0, file.length() - ".class".length()) : file;
        if (classes.containsKey(name)) {
            return;
        }
        Where function = functions.get(name);
        if (function != null) {
            classes.put(name, new GeneratedClass(name, bytecode, false, function, null));
            return;
        }
        String rule = rules.keySet().stream().filter(name::startsWith).max((a, b) -> a.length() - b.length())
                .orElse(null);
        Where origin = rule == null ? new Where("", 0, "the rule set") : rules.get(rule);
        String rest = rule == null ? name : name.substring(rule.length());
        boolean invoker = rule != null && INVOKER.matcher(rest).matches();
        if (rule == null || !(rest.isEmpty() || invoker || ACCUMULATE_STATE.matcher(rest).matches())) {
            strays.add(origin.violation("declares a class of its own (" + name.replace('/', '.')
                    + "): no anonymous or local classes in rule code"));
        }
        GeneratedClass.LineMapping consequence = rule == null ? null : mappings.get(rule);
        classes.put(name, new GeneratedClass(name, bytecode, invoker, origin, consequence));
    }

    private static GeneratedClass.LineMapping mapping(LineMappings lines) {
        return new GeneratedClass.LineMapping(lines.getStartLine(), lines.getOffset() + CONSEQUENCE_PREAMBLE);
    }

    private static String internal(String className) {
        return className.replace('.', '/');
    }
}
