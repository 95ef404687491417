package org.portcullis.casework.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portcullis.messaging.jms.FilingMessageProperties;
import org.springframework.jms.core.JmsTemplate;

/** The broker's own no-route move, told apart from a letter the application refused, on a real embedded broker. */
class RoutedNowhereTest {

    private static final String DEAD_LETTERS = "sensor.DLQ";

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private ActiveMQConnectionFactory connectionFactory;
    private JmsTemplate jms;

    @BeforeEach
    void start() throws Exception {
        broker.setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false).setSecurityEnabled(false)
                .addAcceptorConfiguration("in-vm", "vm://74")
                .addAddressSetting("sensors.#", new AddressSettings().setDeadLetterAddress(
                        org.apache.activemq.artemis.api.core.SimpleString.of(DEAD_LETTERS)).setSendToDLAOnNoRoute(true))
                .addQueueConfiguration(QueueConfiguration.of(DEAD_LETTERS).setRoutingType(RoutingType.ANYCAST)));
        broker.start();
        connectionFactory = new ActiveMQConnectionFactory("vm://74");
        jms = new JmsTemplate(connectionFactory);
    }

    @AfterEach
    void stop() throws Exception {
        connectionFactory.close();
        broker.stop();
    }

    @Test
    void theSelectorAndTheTestTakeTheBrokersNoRouteMoveAndNotARefusedLetter() throws Exception {
        jms.send(new ActiveMQTopic("sensors.acme.seal"), session -> session.createTextMessage("unrouted"));
        jms.send(DEAD_LETTERS, session -> {
            Message refused = session.createTextMessage("refused");
            refused.setStringProperty(FilingMessageProperties.DEAD_LETTER_REASON, "SCHEMA_VIOLATION");
            return refused;
        });

        List<String> selected = jms.browseSelected(DEAD_LETTERS, RoutedNowhere.selector("sensors."),
                (session, browser) -> texts(Collections.list(browser.getEnumeration())));
        List<String> tested = jms.browse(DEAD_LETTERS, (session, browser) -> {
            List<String> found = new ArrayList<>();
            for (Object message : Collections.list(browser.getEnumeration())) {
                if (RoutedNowhere.test((Message) message)) {
                    found.add(((jakarta.jms.TextMessage) message).getText());
                }
            }
            return found;
        });

        assertThat(selected).containsExactly("unrouted");
        assertThat(tested).containsExactly("unrouted");
        List<String> otherPrefix = jms.browseSelected(DEAD_LETTERS, RoutedNowhere.selector("other."),
                (session, browser) -> texts(Collections.list(browser.getEnumeration())));
        assertThat(otherPrefix).isEmpty();
    }

    private static List<String> texts(List<?> messages) throws jakarta.jms.JMSException {
        List<String> texts = new ArrayList<>();
        for (Object message : messages) {
            texts.add(((jakarta.jms.TextMessage) message).getText());
        }
        return texts;
    }
}
