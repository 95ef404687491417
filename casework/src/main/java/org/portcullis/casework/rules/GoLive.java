package org.portcullis.casework.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * The moment a published rule set version goes live, which every node reads from the database and so agrees on:
 * far enough ahead of its publication that every node has compiled it by then. The publishing node has just compiled
 * it; a node on like hardware under like load needs about as long, so the moment lies the larger of the configured
 * switch delay and {@code leadFactor} times that compile time ahead. A node that has the version compiled by then
 * swaps at that moment; one that has not swaps as soon as it has, late by the difference.
 */
record GoLive(Duration switchDelay, int leadFactor) {

    GoLive {
        if (switchDelay.isNegative() || leadFactor < 0) {
            throw new IllegalArgumentException("switch delay and lead factor must not be negative");
        }
    }

    /** The moment a version published now goes live, given how long it took this node to compile. */
    Instant announce(Instant now, Duration compileTime) {
        Duration lead = compileTime.multipliedBy(leadFactor);
        return now.plus(lead.compareTo(switchDelay) > 0 ? lead : switchDelay);
    }

    /**
     * How late a node that was running before the moment puts the version live, when it had it compiled only at
     * {@code compiledAt}: zero when compiled by the moment, or when the node started after it (it had no chance).
     */
    static Duration lateness(Instant liveFrom, Instant compiledAt, Instant nodeStartedAt) {
        if (!compiledAt.isAfter(liveFrom) || !nodeStartedAt.isBefore(liveFrom)) {
            return Duration.ZERO;
        }
        return Duration.between(liveFrom, compiledAt);
    }
}
