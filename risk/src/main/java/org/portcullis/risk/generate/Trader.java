package org.portcullis.risk.generate;

import org.portcullis.model.filing.Party;

/**
 * A trader of the generated world: the party as filed, how often it ships (popularity), and what only the
 * generator knows: whether it smuggles now and then ({@code crooked}), how close its name comes to a watchlist
 * entry, and whether it was made up for one smuggling scheme.
 */
record Trader(Party party, double popularity, boolean crooked, double watchlistCloseness, boolean front) {
}
