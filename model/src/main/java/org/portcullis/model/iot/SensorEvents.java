package org.portcullis.model.iot;

import java.util.List;

/**
 * Port: takes in sensor events the broker delivered and the reader accepted. Implemented by the application over
 * its store of events.
 */
public interface SensorEvents {

    /**
     * Records each event once (a repeated event id of the same operator changes nothing, also within the list) with
     * its document as published, whether or not a filing names its container or vessel yet, and queues the open
     * cases they concern for re-assessment; in the caller's transaction, with one lookup and one insert for the list
     * rather than per event. One receipt per event, in the order given.
     */
    List<Receipt> receiveAll(List<Incoming> events);

    /** One event: as {@link #receiveAll(List)} for a list of one. */
    default Receipt receive(IotEvent event, String document) {
        return receiveAll(List.of(new Incoming(event, document))).get(0);
    }

    /** An event as read and its document as published. */
    record Incoming(IotEvent event, String document) {
    }

    /** What became of an event: seen before, or recorded and concerning that many open cases. */
    record Receipt(boolean duplicate, int openCases) {
    }
}
