package org.portcullis.model.filing;

import java.time.LocalDate;
import java.util.List;
import org.portcullis.model.value.UnLocode;

/**
 * The advance waste notification (Directive (EU) 2019/883, Article 6 and Annex 2): the last port where ship-generated
 * waste was delivered and when, whether the ship delivers all, some or none of its waste here, the next port of
 * delivery, and per type of waste what is to be delivered, the dedicated storage capacity, what stays on board and
 * what the ship expects to generate before the next port.
 */
public record WasteNotification(UnLocode lastDeliveryPort, LocalDate lastDeliveryDate, WasteDelivery delivery,
        UnLocode nextDeliveryPort, List<WasteItem> wastes) {

    public WasteNotification {
        wastes = wastes == null ? List.of() : List.copyOf(wastes);
    }

    /** Annex 2, section 3: the type of delivery. */
    public enum WasteDelivery {
        ALL,
        SOME,
        NONE
    }
}
