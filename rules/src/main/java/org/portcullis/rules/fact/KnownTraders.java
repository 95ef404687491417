package org.portcullis.rules.fact;

import java.util.Set;

/**
 * Traders known to the authority without a filing history here (authorised economic operators, trusted
 * traders): never first-time shippers. By name key and country; the list is {@code reference/known-traders.csv}.
 */
public class KnownTraders {

    private final Set<String> keys;

    public KnownTraders(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    public boolean contains(String partyKey) {
        return keys.contains(partyKey);
    }
}
