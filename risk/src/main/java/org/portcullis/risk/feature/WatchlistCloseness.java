package org.portcullis.risk.feature;

import org.portcullis.model.filing.Party;

/**
 * Port: how close a party's name comes to a watchlist entry (0 none, 1 the same name), whether or not screening
 * called it a match. The application implements it over its screening index.
 */
public interface WatchlistCloseness {

    WatchlistCloseness NONE = party -> 0;

    double closeness(Party party);
}
