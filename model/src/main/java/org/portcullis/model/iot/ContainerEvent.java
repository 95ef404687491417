package org.portcullis.model.iot;

import org.portcullis.model.value.ContainerNumber;

/** A sensor event about one container, named by its ISO 6346 number. */
public sealed interface ContainerEvent extends IotEvent permits SealEvent, DoorEvent, ReeferReading, ContainerPosition {

    ContainerNumber container();
}
