package org.portcullis.model.intake;

/**
 * Filing work a node has in hand at this moment: filing messages being taken in, process jobs running or queued to
 * run. Background work that can wait without losing anything (sensor events, durable on the broker once
 * acknowledged) yields to it for a bounded time, so that filings get the CPU first.
 */
public interface WorkInHand {

    /** How many pieces of work are in hand now (0: none). */
    int count();
}
