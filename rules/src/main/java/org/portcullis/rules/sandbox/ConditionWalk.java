package org.portcullis.rules.sandbox;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.portcullis.rules.sandbox.RuleCodeViolation.Where;

/**
 * Walks the conditions of one rule ({@code when}): the classes its patterns match, the MVEL expressions of their
 * constraints and sources ({@link ConditionCheck}), and the Java code of {@code eval}s and inline accumulates
 * ({@link JavaCodeCheck}; its bytecode is checked after compilation). A construct this walk does not know is
 * refused rather than let through unchecked.
 */
final class ConditionWalk {

    private static final Pattern WATCHED_PROPERTIES = Pattern.compile("[!*\\w\\s,]*");

    private final ConditionCheck conditions;
    private final TypeNames types;
    private final TypeNames.Scope scope;
    private final boolean linesKnown;
    private final Consumer<RuleCodeViolation> problems;

    ConditionWalk(ConditionCheck conditions, TypeNames types, TypeNames.Scope scope, boolean linesKnown,
            Consumer<RuleCodeViolation> problems) {
        this.conditions = conditions;
        this.types = types;
        this.scope = scope;
        this.linesKnown = linesKnown;
        this.problems = problems;
    }

    void walk(BaseDescr descr, Where rule) {
        Where where = at(rule, descr);
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern, where);
        } else if (descr instanceof EvalDescr eval) {
            java(String.valueOf(eval.getContent()), where);
        } else if (descr instanceof ConditionalBranchDescr branch) {
            java(String.valueOf(branch.getCondition().getContent()), where);
            if (branch.getElseBranch() != null) {
                walk(branch.getElseBranch(), where);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> walk((BaseDescr) child, where));
        } else if (!(descr instanceof NamedConsequenceDescr)) {
            refuse(where, descr);
        }
    }

    private void pattern(PatternDescr pattern, Where where) {
        if (pattern.getObjectType() != null) {
            for (Class<?> type : types.resolveChain(Arrays.asList(pattern.getObjectType().split("\\.")), scope)) {
                conditions.namedClasses().add(type);
                if (!RuleCodePolicy.allowsType(type)) {
                    problems.accept(where.violation("matches facts of class " + type.getName()
                            + ", a class rule code may not use"));
                }
            }
        }
        for (AnnotationDescr annotation : pattern.getAnnotations()) {
            if (!annotation.getName().equals("watch")
                    || !WATCHED_PROPERTIES.matcher(String.valueOf(annotation.getValue())).matches()) {
                problems.accept(where.violation("annotates a pattern with @" + annotation.getName()
                        + ": only @watch with property names is allowed"));
            }
        }
        if (!pattern.getBehaviors().isEmpty()) {
            problems.accept(where.violation("uses a sliding window: an assessment sees one filing at once"));
        }
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            Where at = at(where, constraint);
            if (constraint instanceof ExprConstraintDescr expression) {
                conditions.check(expression.getExpression(), scope, at, problems);
            } else if (constraint instanceof BindingDescr binding) {
                conditions.check(binding.getExpression(), scope, at, problems);
            } else {
                refuse(at, constraint);
            }
        }
        if (pattern.getSource() != null) {
            source(pattern.getSource(), where);
        }
    }

    private void source(PatternSourceDescr source, Where where) {
        if (source instanceof FromDescr from) {
            conditions.check(from.getExpression(), scope, where, problems);
        } else if (source instanceof CollectDescr collect) {
            walk(collect.getInputPattern(), where);
        } else if (source instanceof AccumulateDescr accumulate && !(source instanceof GroupByDescr)) {
            walk(accumulate.getInput(), where);
            for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
                if (function.getFunction().contains(".")) {
                    problems.accept(where.violation("accumulates with " + function.getFunction()
                            + ": use the built-in accumulate functions (count, sum, min, max, average ...)"));
                }
                for (String parameter : function.getParams()) {
                    conditions.check(parameter, scope, where, problems);
                }
            }
            for (String code : new String[] {accumulate.getInitCode(), accumulate.getActionCode(),
                    accumulate.getReverseCode(), accumulate.getResultCode()}) {
                java(code, where);
            }
        } else if (!(source instanceof EntryPointDescr)) {
            refuse(where, source);
        }
    }

    private void java(String code, Where where) {
        String problem = JavaCodeCheck.problem(code);
        if (problem != null) {
            problems.accept(where.violation(problem));
        }
    }

    private void refuse(Where where, BaseDescr descr) {
        problems.accept(where.violation("uses a construct rule sets may not use ("
                + descr.getClass().getSimpleName().replace("Descr", "") + ")"));
    }

    private Where at(Where where, BaseDescr descr) {
        return linesKnown ? where.at(descr.getLine()) : where;
    }
}
