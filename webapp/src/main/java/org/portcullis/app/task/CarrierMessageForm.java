package org.portcullis.app.task;

import jakarta.validation.constraints.Size;

/** A task form with the optional message to the carrier: the only text of the officer's the carrier reads. */
public abstract class CarrierMessageForm {

    @Size(max = 1000, message = "{decision.carrierMessage.tooLong}")
    private String carrierMessage;

    public String getCarrierMessage() {
        return carrierMessage;
    }

    public void setCarrierMessage(String carrierMessage) {
        this.carrierMessage = carrierMessage;
    }

    /** The message to the carrier without surrounding blanks, or null when there is none. */
    String carrierMessageOrNull() {
        return carrierMessage == null || carrierMessage.isBlank() ? null : carrierMessage.strip();
    }
}
