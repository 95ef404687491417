package org.portcullis.rules.sandbox;

import org.portcullis.rules.sandbox.RuleCodeViolation.Where;

/**
 * One class the rule compiler generated for a rule set, with the rule or function whose code it holds. Only an
 * invoker (the compiler's glue between the engine and a rule's code, generated from its templates) may use the
 * engine's internals; everything else is rule code.
 *
 * @param name        the internal class name ({@code targeting/Rule_TGT$u45$001_...})
 * @param bytecode    the class file
 * @param invoker     whether the class is one of the compiler's invokers
 * @param origin      the rule or function, its file and the line it starts at
 * @param consequence where the consequence starts in the DRL file and in the generated source (line mapping), or
 *                    null
 */
record GeneratedClass(String name, byte[] bytecode, boolean invoker, Where origin, LineMapping consequence) {

    /** The compiler's mapping of a consequence's lines: its first line in DRL and in the generated class. */
    record LineMapping(int drlLine, int generatedLine) {
    }

    /** The DRL line of a line of the generated class, in the rule's consequence when the mapping knows it. */
    Where at(String method, int generatedLine) {
        if (consequence != null && origin.line() > 0 && method.equals("defaultConsequence")
                && generatedLine >= consequence.generatedLine()) {
            return origin.at(consequence.drlLine() + generatedLine - consequence.generatedLine());
        }
        return origin;
    }
}
