package org.portcullis.casework.broker;

import io.netty.handler.codec.mqtt.MqttMessage;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTInterceptor;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;

/**
 * Gives the network threads that read sensors' MQTT packets the lowest thread priority, so that decoding events
 * yields to filings when both want the CPU (an OS priority only with {@code -XX:ThreadPriorityPolicy=1}, docs/iot.md).
 * Artemis calls incoming interceptors on the acceptor's own network thread, and every acceptor has its own threads:
 * only an acceptor that speaks MQTT alone should carry it (the embedded broker's {@code mqtt} acceptor does).
 * It never refuses a packet.
 */
public final class MqttThreadPriority implements MQTTInterceptor {

    @Override
    public boolean intercept(MqttMessage packet, RemotingConnection connection) {
        Thread current = Thread.currentThread();
        if (current.getPriority() != Thread.MIN_PRIORITY) {
            current.setPriority(Thread.MIN_PRIORITY);
        }
        return true;
    }
}
