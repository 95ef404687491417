package org.portcullis.casework.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.portcullis.messaging.sample.DateShift;
import org.portcullis.messaging.sample.SampleDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the sample filings of docs/samples to {@code portcullis.filings}, as a carrier would, the first time the
 * demo starts on an empty database, so that a newcomer finds cases, tasks and notices to click through. The samples
 * are written with fixed dates; they are sent with every date moved by the same whole number of days
 * ({@link SampleDates}), so that the earliest ETA lies {@code portcullis.demo.sample-arrival-in} ahead and the
 * referrals are not overdue whatever the day, and with the moment they are sent as their sent-at, so that a carrier's
 * amendment written with the current time follows them (docs/carrier-guide.md).
 */
@Component
@Profile("demo")
class SampleFilingSender {

    private static final Logger log = LoggerFactory.getLogger(SampleFilingSender.class);

    private final JmsTemplate jms;
    private final JdbcClient jdbc;
    private final DemoProperties properties;
    private final Clock clock;

    SampleFilingSender(JmsTemplate jms, JdbcClient jdbc, DemoProperties properties, Clock clock) {
        this.jms = jms;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    void sendSamplesOnFirstStart() throws IOException {
        if (!properties.sendSampleFilings()
                || jdbc.sql("select count(*) from inbound_message").query(Integer.class).single() > 0) {
            return;
        }
        Resource[] samples = new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*.json");
        List<String> bodies = Arrays.stream(samples).map(SampleFilingSender::read).toList();
        DateShift shift = shiftFor(bodies);
        for (int i = 0; i < samples.length; i++) {
            String body = SampleDates.sentAt(SampleDates.shiftJson(bodies.get(i), shift), clock.instant());
            String messageId = "demo-" + samples[i].getFilename().replace(".json", "");
            jms.send(FilingMessageProperties.FILINGS_ADDRESS, session -> {
                var message = session.createTextMessage(body);
                message.setStringProperty(FilingMessageProperties.MESSAGE_ID, messageId);
                message.setStringProperty(FilingMessageProperties.CARRIER_ID, properties.sampleCarrierId());
                message.setStringProperty(FilingMessageProperties.CONTENT_TYPE, "application/json");
                return message;
            });
        }
        log.info("Sent {} sample filings to {} as carrier {}, their dates moved by {} days", samples.length,
                FilingMessageProperties.FILINGS_ADDRESS, properties.sampleCarrierId(), shift.days());
    }

    /** The whole days that put the earliest ETA of the samples the configured time ahead of now. */
    private DateShift shiftFor(List<String> bodies) {
        return bodies.stream().map(SampleDates::eta).flatMap(Optional::stream).min(Instant::compareTo)
                .map(eta -> DateShift.arrivingAfter(eta, clock.instant(), properties.sampleArrivalIn()))
                .orElse(DateShift.NONE);
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
