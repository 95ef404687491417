package org.portcullis.model.iot;

/**
 * Port: takes in a sensor event the broker delivered and its reader accepted. Implemented by the application over
 * its store of events.
 */
public interface SensorEvents {

    /**
     * Records the event once (a repeated event id of the same operator changes nothing) with its document as
     * published, whether or not a filing names its container or vessel yet, and queues the open cases it concerns
     * for re-assessment; in the caller's transaction.
     */
    Receipt receive(IotEvent event, String document);

    /** What became of an event: seen before, or recorded and concerning that many open cases. */
    record Receipt(boolean duplicate, int openCases) {
    }
}
