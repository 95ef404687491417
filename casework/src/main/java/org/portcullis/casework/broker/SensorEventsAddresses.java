package org.portcullis.casework.broker;

import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.portcullis.messaging.iot.IotTopics;

/**
 * Checks that a broker configuration routes sensor events: the durable multicast queue on the wildcard address the
 * MQTT topics map to, the dead-letter queue, and the address setting that sends failed events there. Without the
 * multicast queue the listener's consumer creates an anycast queue of that name by itself, which no published event
 * reaches: the broker drops every event and nothing says so. The embedded broker refuses to start instead. An event
 * routed nowhere (no binding at the moment it was routed) must go to the dead-letter queue, not vanish.
 */
final class SensorEventsAddresses {

    private SensorEventsAddresses() {
    }

    /** What the configuration lacks for sensor events (empty when nothing). */
    static List<String> missing(Configuration configuration) {
        List<String> missing = new ArrayList<>();
        if (!hasQueue(configuration, IotTopics.ADDRESS_WILDCARD, IotTopics.EVENTS_QUEUE, RoutingType.MULTICAST)) {
            missing.add("<address name=\"" + IotTopics.ADDRESS_WILDCARD + "\"> with <multicast><queue name=\""
                    + IotTopics.EVENTS_QUEUE + "\"/></multicast>");
        }
        if (!hasQueue(configuration, IotTopics.DEAD_LETTER_ADDRESS, IotTopics.DEAD_LETTER_ADDRESS,
                RoutingType.ANYCAST)) {
            missing.add("<address name=\"" + IotTopics.DEAD_LETTER_ADDRESS + "\"> with <anycast><queue name=\""
                    + IotTopics.DEAD_LETTER_ADDRESS + "\"/></anycast>");
        }
        AddressSettings settings = configuration.getAddressSettings().get(IotTopics.ADDRESS_WILDCARD);
        SimpleString deadLetters = settings == null ? null : settings.getDeadLetterAddress();
        if (deadLetters == null || !IotTopics.DEAD_LETTER_ADDRESS.equals(deadLetters.toString())) {
            missing.add("<address-setting match=\"" + IotTopics.ADDRESS_WILDCARD + "\"> with <dead-letter-address>"
                    + IotTopics.DEAD_LETTER_ADDRESS + "</dead-letter-address>");
        }
        if (settings == null || !settings.isSendToDLAOnNoRoute()) {
            missing.add("<address-setting match=\"" + IotTopics.ADDRESS_WILDCARD + "\"> with "
                    + "<send-to-dla-on-no-route>true</send-to-dla-on-no-route>");
        }
        return missing;
    }

    /** @throws IllegalStateException naming what is missing, when the configuration does not route sensor events */
    static void require(Configuration configuration, String source) {
        List<String> missing = missing(configuration);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the broker configuration " + source + " does not route sensor events: "
                    + "it lacks " + String.join("; ", missing) + ". Every MQTT event would be dropped; copy the "
                    + "sensor event entries of the application's broker.xml (docs/iot.md)");
        }
    }

    private static boolean hasQueue(Configuration configuration, String address, String queue, RoutingType routing) {
        for (CoreAddressConfiguration candidate : configuration.getAddressConfigurations()) {
            if (!address.equals(candidate.getName())) {
                continue;
            }
            for (QueueConfiguration configured : candidate.getQueueConfigs()) {
                if (queue.equals(configured.getName().toString()) && configured.getRoutingType() == routing) {
                    return true;
                }
            }
        }
        return false;
    }
}
