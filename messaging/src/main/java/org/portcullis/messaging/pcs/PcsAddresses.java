package org.portcullis.messaging.pcs;

/** The Artemis addresses and message properties of the contract with the port community system (docs/pcs-format.md). */
public final class PcsAddresses {

    public static final String EVENTS_ADDRESS = "portcullis.pcs.events";
    public static final String NOTICES_ADDRESS = "portcullis.pcs.notices";
    public static final String DEAD_LETTER_ADDRESS = "portcullis.pcs.DLQ";

    public static final String NOTICE_ID = "noticeId";
    public static final String CONTAINER_NUMBER = "containerNumber";
    public static final String CONTAINER_STATUS = "containerStatus";
    public static final String MRN = "MRN";
    /** CONTAINER_STATUS or FREE_PRATIQUE: which of the two notices (and schemas) a message on the notices queue is. */
    public static final String NOTICE_TYPE = "noticeType";
    public static final String CONTAINER_STATUS_NOTICE = "CONTAINER_STATUS";
    public static final String FREE_PRATIQUE = "freePratique";

    public static final String EVENT_SCHEMA = "schema/pcs-event-v1.schema.json";
    public static final String NOTICE_SCHEMA = "schema/pcs-notice-v1.schema.json";
    public static final String FREE_PRATIQUE_SCHEMA = "schema/pcs-free-pratique-v1.schema.json";

    private PcsAddresses() {
    }
}
