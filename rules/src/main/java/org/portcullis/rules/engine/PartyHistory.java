package org.portcullis.rules.engine;

import java.util.Collection;
import java.util.Set;

/**
 * Port: which traders (by {@link PartyKeys party key}) appeared in filings before, so that rules can tell a
 * first-time shipper. Implemented by the application over its stored filings; read only here.
 */
public interface PartyHistory {

    /** Nobody has a history: every trader that is not a known trader is a first-time shipper. */
    PartyHistory NONE = (keys, mrn) -> Set.of();

    /** The keys among {@code keys} that appeared in a filing other than the one registered under {@code mrn}. */
    Set<String> seenBefore(Collection<String> keys, String mrn);
}
