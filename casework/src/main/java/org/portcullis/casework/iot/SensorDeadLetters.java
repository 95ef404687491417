package org.portcullis.casework.iot;

import org.portcullis.casework.deadletter.DeadLetterQueue;
import org.portcullis.messaging.iot.IotTopics;
import org.springframework.stereotype.Component;

/**
 * The refused sensor events on {@code portcullis.iot-events.DLQ}, read where the listener put them: on the
 * application's broker, or on the sensor broker when sensors have a broker of their own.
 */
@Component
public class SensorDeadLetters {

    private final DeadLetterQueue queue;

    public SensorDeadLetters(SensorEventConnection connection, DeadLetterQueue queue) {
        this.queue = connection.separate() ? queue.onConnection(connection.factory()) : queue;
    }

    /** A page of the refused events, as {@link DeadLetterQueue#browse(String, int, int)} reads it. */
    public DeadLetterQueue.Page browse(int page, int size) {
        return queue.browse(IotTopics.DEAD_LETTER_ADDRESS, page, size);
    }
}
