package org.portcullis.app.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.portcullis.casework.deadletter.DeadLetterQueue;
import org.portcullis.rules.engine.LiveRuleSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an operator watches besides the JVM, the database pool and HTTP (which Spring Boot measures): messages
 * received, the notice outbox's backlog and how old its oldest unpublished notice is, dead letters, and the rule
 * set serving. Read from the database and the broker when scraped, so every node reports the same figures.
 */
@Component
class ClearanceMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final DeadLetterQueue deadLetters;
    private final LiveRuleSet liveRuleSet;
    private final Clock clock;

    ClearanceMetrics(JdbcClient jdbc, DeadLetterQueue deadLetters, LiveRuleSet liveRuleSet, Clock clock) {
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
        this.liveRuleSet = liveRuleSet;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        // The highest message number, not a count of rows: retention erases old messages, a counter never falls.
        FunctionCounter.builder("portcullis.messages.received", this,
                        m -> m.count("select coalesce(max(id), 0) from inbound_message"))
                .description("carrier messages received and recorded (all nodes)").register(registry);
        Gauge.builder("portcullis.notices.unpublished", this,
                        m -> m.count("select count(*) from notice where published_at is null"))
                .description("notices in the outbox not yet published to the broker").register(registry);
        Gauge.builder("portcullis.notices.outbox.lag", this, ClearanceMetrics::outboxLagSeconds)
                .baseUnit("seconds").description("age of the oldest unpublished notice").register(registry);
        Gauge.builder("portcullis.filings.dead.letters", this, m -> m.deadLetters.browse(0, 1).total())
                .description("filing messages on the dead-letter queue").register(registry);
        Gauge.builder("portcullis.rules.live", this, m -> m.liveRuleSet.current().rules().size())
                .description("rules in the rule set serving").register(registry);
    }

    private double count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private double outboxLagSeconds() {
        OffsetDateTime oldest = jdbc.sql("select min(created_at) from notice where published_at is null")
                .query(OffsetDateTime.class).optional().orElse(null);
        return oldest == null ? 0
                : Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0;
    }
}
