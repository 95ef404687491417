package org.portcullis.rules.fact.maritime;

import java.math.BigDecimal;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.filing.WasteItem;
import org.portcullis.model.filing.WasteNotification;
import org.portcullis.rules.fact.TargetFact;

/**
 * One type of waste of the waste notification, in cubic metres, with what the rules compare: what stays on board
 * and what the ship will generate before its next port against its dedicated storage capacity.
 */
public class WasteFact implements TargetFact {

    private final String vessel;
    private final WasteNotification notification;
    private final WasteItem item;

    public WasteFact(String vessel, WasteNotification notification, WasteItem item) {
        this.vessel = vessel;
        this.notification = notification;
        this.item = item;
    }

    public String getType() {
        return item.type().name();
    }

    public String getAnnex() {
        return item.type().annex().name();
    }

    /** ALL, SOME or NONE: what the ship delivers here. */
    public String getDelivery() {
        return notification.delivery() == null ? "" : notification.delivery().name();
    }

    public boolean isCapacityDeclared() {
        return item.maxStorageCapacity() != null;
    }

    public BigDecimal getMaxStorageCapacity() {
        return orZero(item.maxStorageCapacity());
    }

    public BigDecimal getRetainedOnBoard() {
        return orZero(item.retainedOnBoard());
    }

    public BigDecimal getQuantityOnBoard() {
        return item.quantityOnBoard();
    }

    /** What stays on board plus what the ship expects to generate before its next port of call. */
    public BigDecimal getRetainedAtNextPort() {
        return orZero(item.retainedOnBoard()).add(orZero(item.generatedBeforeNextPort()));
    }

    public String getLastDeliveryPort() {
        return notification.lastDeliveryPort() == null ? "" : notification.lastDeliveryPort().value();
    }

    public String getNextDeliveryPort() {
        return notification.nextDeliveryPort() == null ? "" : notification.nextDeliveryPort().value();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.VESSEL, vessel);
    }
}
