package org.portcullis.casework.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttQoS;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The network thread that reads a sensor's packet is left at the lowest priority, and the packet passes. */
class MqttThreadPriorityTest {

    @Test
    void theThreadReadingAPacketGoesToTheLowestPriorityAndThePacketPasses() throws Exception {
        MqttMessage ping = new MqttMessage(new MqttFixedHeader(MqttMessageType.PINGREQ, false, MqttQoS.AT_MOST_ONCE,
                false, 0));
        CompletableFuture<int[]> seen = new CompletableFuture<>();
        Thread network = new Thread(() -> {
            int before = Thread.currentThread().getPriority();
            boolean passes = new MqttThreadPriority().intercept(ping, null);
            seen.complete(new int[] {before, Thread.currentThread().getPriority(), passes ? 1 : 0});
        });
        network.setPriority(Thread.NORM_PRIORITY);
        network.start();

        int[] result = seen.get();
        assertThat(result[0]).isEqualTo(Thread.NORM_PRIORITY);
        assertThat(result[1]).isEqualTo(Thread.MIN_PRIORITY);
        assertThat(result[2]).as("the packet passes").isEqualTo(1);
    }
}
