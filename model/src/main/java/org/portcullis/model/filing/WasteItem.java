package org.portcullis.model.filing;

import java.math.BigDecimal;
import java.util.Objects;
import org.portcullis.model.value.UnLocode;

/**
 * One line of the waste notification (Directive (EU) 2019/883, Annex 2, section 4), quantities in cubic metres:
 * waste to be delivered here, the maximum dedicated storage capacity, the amount retained on board, the port where
 * the retained waste will be delivered and the amount the ship expects to generate before its next port of call.
 */
public record WasteItem(WasteType type, String description, BigDecimal toBeDelivered,
        BigDecimal maxStorageCapacity, BigDecimal retainedOnBoard, UnLocode remainingDeliveryPort,
        BigDecimal generatedBeforeNextPort) {

    public WasteItem {
        Objects.requireNonNull(type, "type");
    }

    /** What is on board on arrival: what is to be delivered plus what is retained. */
    public BigDecimal quantityOnBoard() {
        return orZero(toBeDelivered).add(orZero(retainedOnBoard));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
