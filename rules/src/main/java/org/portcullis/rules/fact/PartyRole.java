package org.portcullis.rules.fact;

/** The part a party plays in a consignment. */
public enum PartyRole {
    CONSIGNOR,
    CONSIGNEE,
    NOTIFY_PARTY
}
