package org.portcullis.rules.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.FunctionDescr;

/**
 * Keeps rule code to reading facts and inserting findings: it may use the fact model, text, numbers, dates and
 * collections, and nothing that reads the environment, touches files or the network, starts threads or reflects.
 * Checked twice for one compilation: {@link #checkSources} on the parsed files before the rule compiler sees them
 * (it evaluates some of what it reads, and conditions are interpreted by MVEL, never compiled to classes), and
 * {@link #checkCompiled} on every class the compiler generated (consequences, evals, accumulate code, functions),
 * instruction by instruction, including that rule code does not loop or recurse. Each violation names the file,
 * the line when known, the rule or function and what it may not use.
 */
public final class RuleSandbox {

    private final TypeNames types;
    private final ConditionCheck conditions;

    /** A sandbox for one compilation, resolving names with the rule compiler's class loader. */
    public RuleSandbox(ClassLoader compilerClassLoader) {
        this.types = new TypeNames(compilerClassLoader);
        this.conditions = new ConditionCheck(types);
    }

    /** Checks all parsed files of a rule set; a file with a violation must not be compiled. */
    public List<RuleCodeViolation> checkSources(List<RuleFile> files) {
        Set<String> functionClasses = files.stream().flatMap(file -> file.descr().getFunctions().stream()
                .map(function -> functionClass(file.descr().getName(), function))).collect(Collectors.toSet());
        DrlSourceCheck check = new DrlSourceCheck(types, conditions, functionClasses);
        List<RuleCodeViolation> violations = new ArrayList<>();
        for (RuleFile file : files) {
            check.check(file.descr(), file.path(), file.linesKnown(), violations::add);
        }
        Set<Class<?>> reachable = new HashSet<>(conditions.namedClasses());
        reachable.addAll(RuleCodePolicy.jdkClasses());
        conditions.checkNames(new ForbiddenNames(reachable), violations::add);
        return violations;
    }

    /** Checks every class the compiler generated for these (compiled, violation-free) files. */
    public List<RuleCodeViolation> checkCompiled(KnowledgeBuilderImpl builder, List<RuleFile> files) {
        GeneratedCode code = new GeneratedCode(builder, files);
        List<RuleCodeViolation> violations = new ArrayList<>(code.strays());
        Set<String> names = code.classes().stream().map(GeneratedClass::name).collect(Collectors.toSet());
        CallGraph calls = new CallGraph();
        for (GeneratedClass generated : code.classes()) {
            BytecodeCheck.check(generated, names, calls, violations::add);
        }
        calls.reportCycles(violations::add);
        return violations;
    }

    /** The class the compiler generates for a DRL function: its name, capitalised, in the file's package. */
    private static String functionClass(String packageName, FunctionDescr function) {
        String name = function.getName();
        return packageName + "." + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
