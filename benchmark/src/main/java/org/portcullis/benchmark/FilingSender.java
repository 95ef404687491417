package org.portcullis.benchmark;

/** A carrier's way of sending filings to {@code portcullis.filings}, over one protocol. */
interface FilingSender {

    /** Sends one filing; blocks until the broker has stored it, retrying through broker outages. */
    void send(String messageId, String body) throws InterruptedException;

    /** How many sends failed and were repeated. */
    int retriedSends();
}
