package org.portcullis.casework.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.MovingClock;
import org.portcullis.casework.rules.RuleSetVersions.Activation;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;

/**
 * When a published rule set version goes live, on a clock the test moves (no waiting): every node at the moment
 * announced with the version, which lies far enough ahead for the slowest expected compilation; a node that compiles
 * later than that swaps as soon as it has compiled, and counts and reports how late it was.
 */
class RuleSetSwitchTimingTest {

    private static final Instant PUBLISHED = Instant.parse("2026-12-05T19:40:00Z");

    private final MovingClock clock = new MovingClock(PUBLISHED.minusSeconds(60));
    private final RuleSetVersions versions = mock(RuleSetVersions.class);
    private final RuleSetCompiler compiler = mock(RuleSetCompiler.class);
    private final LiveRuleSet live = new LiveRuleSet(ruleSet("v1"));
    private final RuleSetSynchronizer node = new RuleSetSynchronizer(live, versions, compiler,
            new RulesProperties(null, null, null, false, null, null, null, null, null), clock);

    @Test
    void versionIsAnnouncedTheSwitchDelayAheadWhenItCompiledQuickly() {
        GoLive goLive = new GoLive(Duration.ofSeconds(2), 3);

        assertThat(goLive.announce(PUBLISHED, Duration.ofMillis(400))).isEqualTo(PUBLISHED.plusSeconds(2));
    }

    @Test
    void versionIsAnnouncedThreeCompileTimesAheadWhenItCompiledSlowly() {
        GoLive goLive = new GoLive(Duration.ofSeconds(2), 3);

        assertThat(goLive.announce(PUBLISHED, Duration.ofSeconds(11))).isEqualTo(PUBLISHED.plusSeconds(33));
    }

    @Test
    void nodeThatCompiledAheadSwapsAtTheAgreedMomentAndNotBefore() {
        Instant moment = PUBLISHED.plusSeconds(33);
        announce("v2", moment);
        compilesIn(Duration.ofSeconds(11));

        clock.set(PUBLISHED.plusSeconds(1));
        node.synchronize();
        assertThat(live.current().version()).isEqualTo("v1");

        clock.set(moment.minusMillis(1));
        node.synchronize();
        assertThat(live.current().version()).isEqualTo("v1");

        clock.set(moment);
        node.synchronize();
        assertThat(live.current().version()).isEqualTo("v2");
        assertThat(node.liveSince()).isEqualTo(moment);
        assertThat(node.lateSwitches()).isZero();
        assertThat(node.lastLateness()).isZero();
    }

    @Test
    void nodeThatCompiledPastTheMomentSwapsAsSoonAsItHasAndReportsHowLate() {
        Instant moment = PUBLISHED.plusSeconds(6);
        announce("v2", moment);
        compilesIn(Duration.ofSeconds(20));

        clock.set(PUBLISHED.plusSeconds(1));
        node.synchronize();

        assertThat(live.current().version()).isEqualTo("v2");
        assertThat(node.liveSince()).isEqualTo(PUBLISHED.plusSeconds(21));
        assertThat(node.lateSwitches()).isEqualTo(1);
        assertThat(node.lastLateness()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void nodeStartedAfterTheMomentIsNotLate() {
        clock.set(PUBLISHED.plusSeconds(300));
        RuleSetSynchronizer restarted = new RuleSetSynchronizer(live, versions, compiler,
                new RulesProperties(null, null, null, false, null, null, null, null, null), clock);
        announce("v2", PUBLISHED.plusSeconds(6));
        compilesIn(Duration.ofSeconds(20));

        restarted.synchronize();

        assertThat(live.current().version()).isEqualTo("v2");
        assertThat(restarted.lateSwitches()).isZero();
    }

    /** The database as every node reads it: v2 stored at {@link #PUBLISHED}, live from the moment. */
    private void announce(String version, Instant moment) {
        Activation activation = new Activation(2, version, moment, "author@node-1", "DRAFT", 0, null, 0);
        when(versions.latest()).thenReturn(Optional.of(activation));
        when(versions.liveAt(any())).thenAnswer(call -> {
            Instant at = call.getArgument(0);
            return Optional.of(at.isBefore(moment)
                    ? new Activation(1, "v1", PUBLISHED.minusSeconds(3600), "startup", "STARTUP", 0, null, 0)
                    : activation);
        });
    }

    /** This node compiles any version in the given time, on the test's clock. */
    private void compilesIn(Duration time) {
        when(compiler.compile(any())).thenAnswer(call -> {
            clock.set(clock.instant().plus(time));
            return ruleSet("v2");
        });
    }

    private static RuleSet ruleSet(String version) {
        return new RuleSet(version, null, null, List.of(), PUBLISHED);
    }
}
