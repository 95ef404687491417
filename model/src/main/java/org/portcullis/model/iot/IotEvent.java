package org.portcullis.model.iot;

import java.time.Instant;

/**
 * One sensor event about a container or a vessel: its id (unique per operator, so that a repeated event is recorded
 * once), the operator whose device account published it (the operator level of its MQTT topic) and when it was
 * observed.
 */
public sealed interface IotEvent permits ContainerEvent, VesselPosition {

    String eventId();

    String operator();

    Instant observedAt();

    IotEventType type();
}
