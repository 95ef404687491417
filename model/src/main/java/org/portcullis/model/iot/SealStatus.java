package org.portcullis.model.iot;

/** What an electronic seal reports about itself (ISO 18185 e-seals, or a reader of ISO 17712 mechanical seals). */
public enum SealStatus {
    INTACT,
    OPENED,
    TAMPERED
}
