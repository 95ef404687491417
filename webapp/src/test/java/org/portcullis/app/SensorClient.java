package org.portcullis.app;

import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A sensor as the outside world runs one: an Eclipse Paho MQTT 3.1.1 client signed in to the broker's MQTT acceptor
 * with its account (the client id is the account name, as docs/iot.md asks), publishing with QoS 1: a publish
 * returns once the broker has stored the event and acknowledged it (PUBACK).
 */
final class SensorClient implements AutoCloseable {

    private final MqttClient client;

    SensorClient(int port, String account, String password) throws MqttException {
        this(port, account, password, "");
    }

    /** A client of the account whose client id is the account name and the suffix (several clients of one account). */
    SensorClient(int port, String account, String password, String clientIdSuffix) throws MqttException {
        this("tcp://127.0.0.1:" + port, null, account, password, clientIdSuffix);
    }

    /**
     * A client over TLS ({@code ssl://127.0.0.1:port}) that trusts what {@code tls} trusts (null: the JVM's default
     * trust store) and checks that the certificate names 127.0.0.1.
     */
    static SensorClient overTls(int port, SSLSocketFactory tls, String account, String password) throws MqttException {
        return new SensorClient("ssl://127.0.0.1:" + port, tls, account, password, "-tls");
    }

    private SensorClient(String uri, SSLSocketFactory tls, String account, String password, String clientIdSuffix)
            throws MqttException {
        client = new MqttClient(uri, account + clientIdSuffix, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        if (tls != null) {
            options.setSocketFactory(tls);
        }
        options.setHttpsHostnameVerificationEnabled(true);
        options.setUserName(account);
        options.setPassword(password.toCharArray());
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setConnectionTimeout(10);
        client.setTimeToWait(10_000);
        client.connect(options);
    }

    /** Publishes the event with QoS 1 and waits for the broker's PUBACK. */
    void publish(String topic, String event) throws MqttException {
        client.publish(topic, event.getBytes(StandardCharsets.UTF_8), 1, false);
    }

    boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close(true);
    }
}
