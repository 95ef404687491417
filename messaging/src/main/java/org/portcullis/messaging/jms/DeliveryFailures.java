package org.portcullis.messaging.jms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.portcullis.model.error.FailureSummary;

/**
 * The last failure of recent deliveries, by the broker's id of the message (its delivery id), so that a message moved to the dead-letter queue after
 * its last attempt carries the reason it failed. Bounded; a failure seen on another node reads as unknown.
 */
final class DeliveryFailures {

    private static final int REMEMBERED = 1000;

    private final Map<String, String> last = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    });

    void remember(String deliveryId, Exception failure) {
        if (deliveryId != null) {
            last.put(deliveryId, FailureSummary.of(failure));
        }
    }

    String last(String deliveryId) {
        String failure = deliveryId == null ? null : last.get(deliveryId);
        return failure == null ? "not seen on this node (see the application log)" : failure;
    }
}
