package org.portcullis.model.intake;

/**
 * Port: takes in one message from a carrier in the caller's transaction: records it, answers a repeated message
 * id with the original answer, rejects what cannot be read, or registers the filing and opens its case.
 * Implemented by the webapp; called by the messaging adapters and the HTTP API.
 */
public interface FilingIntake {

    IntakeReceipt receive(InboundMessage message);
}
