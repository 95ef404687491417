package org.portcullis.rules.engine;

import java.util.List;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.portcullis.rules.sandbox.RuleCodeViolation;
import org.portcullis.rules.sandbox.RuleSandbox;

/**
 * For the benchmarks: the phases of compiling a rule set timed one by one (as {@link RuleSetCompiler} runs them,
 * without the reference data), and the cost of handing a session to a worker.
 */
public final class EngineTimings {

    private EngineTimings() {
    }

    /** Nanoseconds of each phase of one compilation. */
    public record CompileTimes(long parse, long sourceCheck, long compile, long bytecodeCheck, long kieBase) {

        public long total() {
            return parse + sourceCheck + compile + bytecodeCheck + kieBase;
        }

        public long sandbox() {
            return sourceCheck + bytecodeCheck;
        }
    }

    public static CompileTimes compile(RuleSources sources) {
        long t0 = System.nanoTime();
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) KnowledgeBuilderFactory.newKnowledgeBuilder();
        RuleFiles files = new RuleFiles(sources, builder);
        long t1 = System.nanoTime();
        RuleSandbox sandbox = new RuleSandbox(builder.getRootClassLoader());
        expectNone(sandbox.checkSources(files.parsed()));
        long t2 = System.nanoTime();
        files.parsed().forEach(file -> builder.addPackage(file.descr()));
        if (builder.hasErrors()) {
            throw new IllegalStateException(builder.getErrors().toString());
        }
        long t3 = System.nanoTime();
        expectNone(sandbox.checkCompiled(builder, files.parsed()));
        long t4 = System.nanoTime();
        builder.newKieBase();
        long t5 = System.nanoTime();
        return new CompileTimes(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4);
    }

    /** Nanoseconds to start an empty session run on a worker and have its result back. */
    public static long handOff() throws Exception {
        long t0 = System.nanoTime();
        SessionWorkers.SHARED.start("benchmark", () -> null).future().get();
        return System.nanoTime() - t0;
    }

    private static void expectNone(List<RuleCodeViolation> violations) {
        if (!violations.isEmpty()) {
            throw new IllegalStateException(violations.toString());
        }
    }
}
