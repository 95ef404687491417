package org.portcullis.app;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * A sensor speaking MQTT 5 (Eclipse Paho's mqttv5 client) with its account and a clean start, publishing with QoS 1;
 * it keeps the DISCONNECT the broker sends it, with its reason code.
 */
final class Mqtt5SensorClient implements AutoCloseable {

    private final MqttClient client;
    private final CompletableFuture<MqttDisconnectResponse> disconnected = new CompletableFuture<>();

    Mqtt5SensorClient(int port, String account, String password) throws MqttException {
        client = new MqttClient("tcp://127.0.0.1:" + port, account + "-v5", new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse response) {
                disconnected.complete(response);
            }

            @Override
            public void mqttErrorOccurred(MqttException exception) {
                // reported through the publish that failed
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                // sensors subscribe to nothing
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
                // the synchronous publish waits for its PUBACK itself
            }

            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
                // nothing to do
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
                // no enhanced authentication
            }
        });
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(account);
        options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        options.setCleanStart(true);
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout(10);
        client.setTimeToWait(10_000);
        client.connect(options);
    }

    /** Publishes the event with QoS 1 and waits for the broker's PUBACK. */
    void publish(String topic, String event) throws MqttException {
        client.publish(topic, event.getBytes(StandardCharsets.UTF_8), 1, false);
    }

    /** Completed with the broker's DISCONNECT (its reason code) when the broker ends the connection. */
    CompletableFuture<MqttDisconnectResponse> disconnected() {
        return disconnected;
    }

    boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
