package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;

/**
 * The broker's MQTT acceptor over TLS (portcullis.broker.tls, docs/iot.md), with a key store made for the run: a
 * sensor that trusts the broker's certificate publishes a QoS 1 event (doors opened at sea) that is stored, counts on
 * the case naming its container (IOT-003 reopens it) and shows in its case file;
 * a client that does not trust the certificate gets no connection, so it can neither sign in nor publish; nor does a
 * client that speaks plain MQTT to the TLS port.
 */
class IotMqttTlsIT extends PortcullisIntegrationTest {

    @Test
    void sensorThatTrustsTheBrokersCertificatePublishesOverTlsAndTheEventIsStoredOnTheCase() throws Exception {
        String container = IotMqttIT.uniqueContainer();
        String lrn = "tls-" + UUID.randomUUID();
        String eventId = "tls-door-" + UUID.randomUUID();
        try (CarrierClient carrier = carrier("SENSOR")) {
            carrier.send(sample("filing-green.json", lrn, uniqueImo(), TestDates.ETA)
                    .replace("MSCU1234566", container).replace("CSQU3054383", IotMqttIT.uniqueContainer()), lrn);
            String mrn = carrier.awaitNotice("ACCEPTED", lrn).mrn();
            carrier.awaitNotice("ASSESSMENT_COMPLETE", lrn);

            try (SensorClient sensor = SensorClient.overTls(MQTT_TLS_PORT, TestKeyStore.trustingSocketFactory(),
                    "sensor-acme", "sensor-acme-secret")) {
                sensor.publish("portcullis/iot/ACME/door-tls", IotMqttIT.door(eventId, container,
                        TestDates.ETA.minus(Duration.ofDays(1))));
            }

            carrier.awaitNotice("ASSESSMENT_REOPENED", lrn);
            assertThat(jdbc.sql("select container from iot_event where event_id = ?").param(eventId)
                    .query(String.class).list()).containsExactly(container);
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                    select f.rule_id from assessment_finding f
                    where f.assessment_id = (select max(id) from assessment where mrn = ?)""")
                    .param(mrn).query(String.class).list().contains("IOT-003"));
            assertThat(OfficerSession.signIn(port, "clerk", "clerk").get("/cases/" + mrn).body())
                    .contains("id=\"sensors\"", container);
        }
    }

    @Test
    void clientThatDoesNotTrustTheCertificateIsRefusedAtTheHandshake() {
        assertThatThrownBy(() -> SensorClient.overTls(MQTT_TLS_PORT, null, "sensor-acme", "sensor-acme-secret")
                .close())
                .isInstanceOf(MqttException.class)
                .satisfies(refused -> assertThat(causes(refused)).as("the TLS handshake failed")
                        .hasAtLeastOneElementOfType(SSLHandshakeException.class));
    }

    @Test
    void plainMqttConnectionToTheTlsPortGetsNoSession() {
        assertThatThrownBy(() -> new SensorClient(MQTT_TLS_PORT, "sensor-acme", "sensor-acme-secret").close())
                .as("a client that speaks MQTT without TLS is not answered with a CONNACK")
                .isInstanceOf(MqttException.class);
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = thrown; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }
}
