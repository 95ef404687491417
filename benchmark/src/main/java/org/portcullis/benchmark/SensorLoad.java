package org.portcullis.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.value.ContainerNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sensor traffic as a fleet of reefers sends it: {@code publishers} Eclipse Paho MQTT clients of one sensor account
 * (connections of devices or gateways), each publishing temperature readings of randomly chosen containers out of a
 * fixed set with QoS 1 at its share of the offered rate (a publish returns at the broker's PUBACK, so a broker that
 * cannot keep up lowers the rate achieved, and each client has one event in flight at most). Counts the events the
 * broker acknowledged.
 */
final class SensorLoad implements AutoCloseable {

    static final String ACCOUNT = "bench-sensor";
    static final String OPERATOR = "BENCH";
    private static final Logger log = LoggerFactory.getLogger(SensorLoad.class);

    private final List<String> containers;
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /**
     * With {@code niced}, the clients run at the lowest CPU priority, as devices on other machines would take none of
     * this one's: they are connected and started from a thread that first sets its own nice value to 19 (Linux
     * threads inherit it, so every publisher and every Paho thread they start has it).
     */
    SensorLoad(int port, double eventsPerSecond, int containerCount, int publishers, boolean niced)
            throws Exception {
        this.containers = containers(containerCount);
        if (!niced) {
            start(port, eventsPerSecond, publishers);
            return;
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                niceThisThread();
                start(port, eventsPerSecond, publishers);
                started.complete(null);
            } catch (Exception | Error e) {
                started.completeExceptionally(e);
            }
        }, "sensor-start");
        starter.start();
        started.get();
    }

    private void start(int port, double eventsPerSecond, int publishers) throws MqttException {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        for (int p = 0; p < publishers; p++) {
            MqttClient client = connect(port, ACCOUNT + "-" + runId + "-" + p);
            int publisher = p;
            Thread thread = new Thread(() -> publish(client, runId + "-" + publisher, eventsPerSecond / publishers),
                    "sensor-" + p);
            threads.add(thread);
            thread.start();
        }
    }

    /** renice 19 on this Linux thread (its id from /proc/thread-self); fails when it could not. */
    private static void niceThisThread() throws Exception {
        String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
        Process renice = new ProcessBuilder("renice", "-n", "19", "-p", tid).redirectErrorStream(true).start();
        String output = new String(renice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (renice.waitFor() != 0) {
            throw new IllegalStateException("renice of the sensor clients' thread failed: " + output);
        }
        log.info("Sensor clients at nice 19 (thread {})", tid);
    }

    long acknowledged() {
        return acknowledged.get();
    }

    long failed() {
        return failed.get();
    }

    private void publish(MqttClient client, String prefix, double rate) {
        long interval = (long) (1e9 / rate);
        long due = System.nanoTime();
        long sequence = 0;
        while (running) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            due += interval;
            String container = containers.get(ThreadLocalRandom.current().nextInt(containers.size()));
            String event = "{\"eventId\":\"b-" + prefix + "-" + sequence++ + "\",\"eventType\":\"REEFER_TEMPERATURE\","
                    + "\"observedAt\":\"" + Instant.now() + "\",\"container\":\"" + container + "\","
                    + "\"temperatureCelsius\":" + (ThreadLocalRandom.current().nextInt(-250, 150) / 10.0) + "}";
            try {
                client.publish("portcullis/iot/" + OPERATOR + "/reefer-fleet", event.getBytes(StandardCharsets.UTF_8),
                        1, false);
                acknowledged.incrementAndGet();
            } catch (MqttException e) {
                failed.incrementAndGet();
                log.warn("publish failed: {}", e.toString());
                if (!client.isConnected()) {
                    return;
                }
            }
        }
        try {
            client.disconnect();
            client.close();
        } catch (MqttException e) {
            log.debug("closing a sensor client: {}", e.toString());
        }
    }

    private static MqttClient connect(int port, String clientId) throws MqttException {
        MqttClient client = new MqttClient("tcp://127.0.0.1:" + port, clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(ACCOUNT);
        options.setPassword(BenchCarriers.PASSWORD.toCharArray());
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(true);
        client.setTimeToWait(30_000);
        client.connect(options);
        return client;
    }

    /** Valid ISO 6346 numbers of owner code BNCU, one per container of the fleet. */
    private static List<String> containers(int count) {
        List<String> numbers = new ArrayList<>(count);
        for (int serial = 0; numbers.size() < count; serial++) {
            String prefix = "BNCU" + String.format("%06d", serial);
            for (int digit = 0; digit <= 9; digit++) {
                try {
                    numbers.add(ContainerNumber.of(prefix + digit).value());
                    break;
                } catch (InvalidValueException wrongCheckDigit) {
                    // the next digit
                }
            }
        }
        return numbers;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(30_000);
        }
    }
}
