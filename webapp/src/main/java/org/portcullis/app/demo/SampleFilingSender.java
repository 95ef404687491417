package org.portcullis.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * demo starts on an empty database, so that a newcomer finds cases, tasks and notices to click through.
 */
@Component
@Profile("demo")
class SampleFilingSender {

    private static final Logger log = LoggerFactory.getLogger(SampleFilingSender.class);

    private final JmsTemplate jms;
    private final JdbcClient jdbc;
    private final DemoProperties properties;

    SampleFilingSender(JmsTemplate jms, JdbcClient jdbc, DemoProperties properties) {
        this.jms = jms;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    void sendSamplesOnFirstStart() throws IOException {
        if (!properties.sendSampleFilings()
                || jdbc.sql("select count(*) from inbound_message").query(Integer.class).single() > 0) {
            return;
        }
        Resource[] samples = new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*.json");
        for (Resource sample : samples) {
            String body = read(sample);
            String messageId = "demo-" + sample.getFilename().replace(".json", "");
            jms.send(FilingMessageProperties.FILINGS_ADDRESS, session -> {
                var message = session.createTextMessage(body);
                message.setStringProperty(FilingMessageProperties.MESSAGE_ID, messageId);
                message.setStringProperty(FilingMessageProperties.CARRIER_ID, properties.sampleCarrierId());
                message.setStringProperty(FilingMessageProperties.CONTENT_TYPE, "application/json");
                return message;
            });
        }
        log.info("Sent {} sample filings to {} as carrier {}", samples.length, FilingMessageProperties.FILINGS_ADDRESS,
                properties.sampleCarrierId());
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
