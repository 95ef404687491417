package org.portcullis.rules.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.portcullis.model.error.FailureSummary;
import org.portcullis.model.filing.Filing;
import org.portcullis.rules.fact.RuleFinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rules over one filing's facts in a fresh session on a worker ({@link SessionWorkers}) and gives the
 * findings they inserted, or fails with an {@link AssessmentFailedException} naming the rule: one that loops
 * (fires past the limit), throws, or runs past the time limit. At the time limit the session is halted, which
 * stops it between two firings; a session still running shortly after (one rule computing in its consequence or
 * a condition) is abandoned to its worker. Either way the waiting thread goes on at once.
 */
final class RuleSession {

    private static final Logger log = LoggerFactory.getLogger(RuleSession.class);

    /** How long a halted session may take to stop before it is abandoned. */
    private static final Duration HALT_GRACE = Duration.ofMillis(500);

    /** A rule that fired more often than this per fact when the time ran out is taken for a loop. */
    private static final int LOOPING_FIRINGS_PER_FACT = 10;

    private final AssessmentTimeLimit timeLimit;
    private final SessionWorkers workers;

    RuleSession(AssessmentTimeLimit timeLimit, SessionWorkers workers) {
        this.timeLimit = timeLimit;
        this.workers = workers;
    }

    List<RuleFinding> fire(RuleSet ruleSet, Filing filing, List<Object> facts) {
        return fire(ruleSet, filing, facts, RuleSelection.DEFAULT);
    }

    /** Runs only the selected rules (an agency's folders), their agenda groups in focus. */
    List<RuleFinding> fire(RuleSet ruleSet, Filing filing, List<Object> facts, RuleSelection selection) {
        Duration limit = timeLimit.forFacts(facts.size());
        RuleFiringGuard guard = new RuleFiringGuard(facts.size());
        KieSession session = selection.newSession(ruleSet);
        session.addEventListener(guard);
        SessionWorkers.Run<List<RuleFinding>> run;
        try {
            run = workers.start(ruleSet.version(), () -> run(session, guard, ruleSet, filing, facts, selection));
        } catch (IllegalStateException busy) {
            session.dispose();
            throw failure(null, "rule set " + ruleSet.version() + " cannot assess filing " + lrn(filing) + ": "
                    + busy.getMessage(), busy);
        }
        try {
            return run.future().get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw failed(ruleSet, filing, e.getCause());
        } catch (TimeoutException e) {
            throw overran(ruleSet, filing, facts.size(), limit, session, guard, run);
        } catch (InterruptedException e) {
            session.halt();
            run.abandon();
            Thread.currentThread().interrupt();
            throw failure(null, "the assessment of filing " + lrn(filing) + " was interrupted", e);
        }
    }

    private static List<RuleFinding> run(KieSession session, RuleFiringGuard guard, RuleSet ruleSet, Filing filing,
            List<Object> facts, RuleSelection selection) {
        try {
            facts.forEach(session::insert);
            selection.focus(session, ruleSet);
            int fired = session.fireAllRules(selection.filter(), guard.limit());
            if (fired >= guard.limit()) {
                throw looping(ruleSet, filing, guard);
            }
            return session.getObjects(new ClassObjectFilter(RuleFinding.class)).stream()
                    .map(RuleFinding.class::cast).toList();
        } finally {
            session.dispose();
        }
    }

    private static RuntimeException failed(RuleSet ruleSet, Filing filing, Throwable cause) {
        if (cause instanceof ConsequenceException e) {
            Rule rule = e.getMatch() == null ? null : e.getMatch().getRule();
            String message = "rule " + describe(rule) + " of rule set " + ruleSet.version() + " failed on filing "
                    + lrn(filing) + ": " + FailureSummary.of(e.getCause());
            log.error(message);
            return failure(rule, message, null);
        }
        if (cause instanceof RuntimeException e) {
            return e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }

    private AssessmentFailedException overran(RuleSet ruleSet, Filing filing, int facts, Duration limit,
            KieSession session, RuleFiringGuard guard, SessionWorkers.Run<List<RuleFinding>> run) {
        Rule firing = guard.firing();
        session.halt();
        boolean stopped;
        try {
            run.future().get(HALT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            stopped = true;
        } catch (ExecutionException e) {
            stopped = true;
        } catch (TimeoutException e) {
            stopped = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = false;
        }
        if (!stopped) {
            run.abandon();
        }
        Rule rule = firing != null ? firing : guard.loopingRule();
        String running = firing != null
                ? "rule " + describe(rule) + " was still in its firing number " + (guard.firingsOf(rule) + 1)
                : rule != null ? "rule " + describe(rule) + " had fired " + guard.firingsOf(rule)
                        + " times and the rules' conditions were still being matched"
                        : "no rule had fired and the rules' conditions were still being matched";
        if (guard.firingsOf(rule) > LOOPING_FIRINGS_PER_FACT * Math.max(facts, 1)) {
            running += " (more than " + LOOPING_FIRINGS_PER_FACT + " firings per fact: it loops)";
        }
        String message = "rule set " + ruleSet.version() + " overran the time limit of " + seconds(limit)
                + " on filing " + lrn(filing) + ": " + running + "; "
                + (stopped ? "the assessment was stopped"
                        : "it did not stop when halted, so the assessment was abandoned to finish on its own");
        log.error(message);
        return failure(rule, message, null);
    }

    private static AssessmentFailedException looping(RuleSet ruleSet, Filing filing, RuleFiringGuard guard) {
        Rule rule = guard.loopingRule();
        String message = "rule " + describe(rule) + " of rule set " + ruleSet.version() + " fired "
                + guard.firingsOf(rule) + " times on filing " + lrn(filing)
                + " (limit " + guard.limit() + " firings in all): it loops";
        log.error(message);
        return failure(rule, message, null);
    }

    private static AssessmentFailedException failure(Rule rule, String message, Throwable cause) {
        return new AssessmentFailedException(idOf(rule), RuleSetCompiler.fileOf(rule), message, cause);
    }

    private static String describe(Rule rule) {
        return rule == null ? "(unknown)" : "\"" + rule.getName() + "\" (" + RuleSetCompiler.fileOf(rule) + ")";
    }

    private static String idOf(Rule rule) {
        if (rule == null) {
            return "";
        }
        var matcher = RuleSetCompiler.RULE_NAME.matcher(rule.getName());
        return matcher.matches() ? matcher.group(1) : rule.getName();
    }

    private static String lrn(Filing filing) {
        return filing.header().lrn();
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() < 1000 ? limit.toMillis() + " ms"
                : String.format(java.util.Locale.ROOT, "%.1f s", limit.toMillis() / 1000.0);
    }
}
