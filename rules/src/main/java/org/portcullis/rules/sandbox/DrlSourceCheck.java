package org.portcullis.rules.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.portcullis.rules.sandbox.RuleCodeViolation.Where;

/**
 * Checks one parsed DRL file before the rule compiler sees it, because the compiler already runs some of what it
 * reads (it evaluates a rule's annotation values with MVEL): imports, globals and function imports only of
 * allowed classes; no other dialect than Java; no declared types, rule units, accumulate functions of one's own,
 * timers or calendars; annotation values only literals; conditions through {@link ConditionWalk}; Java code
 * that stays inside its method ({@link JavaCodeCheck}).
 */
final class DrlSourceCheck {

    private static final Pattern LITERAL = Pattern.compile(
            "true|false|-?\\d+(\\.\\d+)?|\"[^\"\\\\]*\"|'[^'\\\\]*'|[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> TIMED_ATTRIBUTES = Set.of("timer", "duration", "calendars");
    private static final Set<String> EXPRESSION_ATTRIBUTES = Set.of("enabled", "salience");

    private final TypeNames types;
    private final ConditionCheck conditions;
    private final Set<String> functionClasses;

    DrlSourceCheck(TypeNames types, ConditionCheck conditions, Set<String> functionClasses) {
        this.types = types;
        this.conditions = conditions;
        this.functionClasses = functionClasses;
    }

    void check(PackageDescr file, String path, boolean linesKnown, Consumer<RuleCodeViolation> problems) {
        Where here = new Where(path, 0, "the file");
        TypeNames.Scope scope = TypeNames.Scope.of(file.getName(),
                file.getImports().stream().map(ImportDescr::getTarget).toList());
        dialect(file.getAttributes(), here, problems);
        if (file.getName() != null && RuleCodePolicy.reservesPackage(file.getName())) {
            problems.accept(here.violation("declares the package " + file.getName() + ", a package of the JDK or"
                    + " of Portcullis itself: name a rule package after its folder"));
        }
        for (ImportDescr imported : file.getImports()) {
            String target = imported.getTarget();
            Where at = at(here, imported, linesKnown);
            if (target.endsWith(".*")) {
                if (!RuleCodePolicy.allowsPackage(target.substring(0, target.length() - 2))) {
                    problems.accept(at.violation("imports the package " + target + ": import the classes you use"
                            + " one by one"));
                }
            } else {
                allowedClass(target, at, "imports", problems);
            }
        }
        for (FunctionImportDescr imported : file.getFunctionImports()) {
            String target = imported.getTarget();
            allowedClass(target.substring(0, Math.max(target.lastIndexOf('.'), 0)), at(here, imported, linesKnown),
                    "imports a function of", problems);
        }
        for (GlobalDescr global : file.getGlobals()) {
            Where at = at(here, global, linesKnown);
            for (Class<?> type : types.resolveChain(List.of(global.getType().split("\\.")), scope)) {
                conditions.namedClasses().add(type);
                if (!RuleCodePolicy.allowsType(type)) {
                    problems.accept(at.violation("declares a global of class " + type.getName()
                            + ", a class rule code may not use"));
                }
            }
        }
        refuseAll(file.getAccumulateImports(), "imports an accumulate function", here, linesKnown, problems);
        refuseAll(file.getClassAndEnumDeclarationDescrs(), "declares a type: facts are Java classes of the fact"
                + " model (org.portcullis.rules.fact)", here, linesKnown, problems);
        refuseAll(file.getWindowDeclarations(), "declares a window", here, linesKnown, problems);
        if (file.getUnit() != null) {
            problems.accept(here.violation("declares a rule unit"));
        }
        for (FunctionDescr function : file.getFunctions()) {
            Where at = new Where(path, linesKnown ? function.getLine() : 0, "function " + function.getName());
            if (function.getDialect() != null && !function.getDialect().equals("java")) {
                problems.accept(at.violation("is written in the dialect " + function.getDialect()
                        + ": write rule code in Java"));
            }
            java(function.getBody(), at, problems);
        }
        for (RuleDescr rule : file.getRules()) {
            rule(rule, scope, new Where(path, linesKnown ? rule.getLine() : 0, "rule \"" + rule.getName() + "\""),
                    linesKnown, problems);
        }
    }

    private void rule(RuleDescr rule, TypeNames.Scope scope, Where where, boolean linesKnown,
            Consumer<RuleCodeViolation> problems) {
        if (rule.getUnit() != null) {
            problems.accept(where.violation("belongs to a rule unit"));
        }
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            for (Map.Entry<String, Object> value : annotation.getValueMap().entrySet()) {
                if (!LITERAL.matcher(String.valueOf(value.getValue()).strip()).matches()) {
                    problems.accept(where.violation("gives @" + annotation.getName() + " the value '"
                            + value.getValue() + "': annotation values are literals (true, 12, \"text\")"));
                }
            }
        }
        dialect(rule.getAttributes().values(), where, problems);
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            if (TIMED_ATTRIBUTES.contains(attribute.getName())) {
                problems.accept(where.violation("has a " + attribute.getName() + ": an assessment runs once over"
                        + " one filing, nothing waits for time to pass"));
            } else if (EXPRESSION_ATTRIBUTES.contains(attribute.getName())) {
                conditions.check(attribute.getValue(), scope, where, problems);
            }
        }
        new ConditionWalk(conditions, types, scope, linesKnown, problems).walk(rule.getLhs(), where);
        java(String.valueOf(rule.getConsequence()), where.at(linesKnown ? rule.getConsequenceLine() : 0),
                problems);
        rule.getNamedConsequences().values().forEach(code -> java(String.valueOf(code), where, problems));
    }

    private void allowedClass(String name, Where where, String verb, Consumer<RuleCodeViolation> problems) {
        if (functionClasses.contains(name)) {
            return;
        }
        types.resolveQualified(name).ifPresent(type -> {
            conditions.namedClasses().add(type);
            if (!RuleCodePolicy.allowsType(type)) {
                problems.accept(where.violation(verb + " " + type.getName() + ", a class rule code may not use"));
            }
        });
    }

    private static void dialect(Iterable<AttributeDescr> attributes, Where where,
            Consumer<RuleCodeViolation> problems) {
        for (AttributeDescr attribute : attributes) {
            if (attribute.getName().equals("dialect") && !attribute.getValue().equals("java")) {
                problems.accept(where.violation("uses the dialect " + attribute.getValue()
                        + ": write rule code in Java (conditions are checked apart)"));
            }
        }
    }

    private static void java(String code, Where where, Consumer<RuleCodeViolation> problems) {
        String problem = JavaCodeCheck.problem(code);
        if (problem != null) {
            problems.accept(where.violation(problem));
        }
    }

    private static void refuseAll(Iterable<? extends BaseDescr> descrs, String what, Where where,
            boolean linesKnown, Consumer<RuleCodeViolation> problems) {
        descrs.forEach(descr -> problems.accept(at(where, descr, linesKnown).violation(what)));
    }

    private static Where at(Where where, BaseDescr descr, boolean linesKnown) {
        return linesKnown ? where.at(descr.getLine()) : where;
    }
}
