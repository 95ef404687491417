package org.portcullis.casework.iot;

import org.portcullis.model.iot.ContainerEvent;
import org.portcullis.model.iot.ContainerPosition;
import org.portcullis.model.iot.DoorEvent;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.iot.ReeferReading;
import org.portcullis.model.iot.SealEvent;
import org.portcullis.model.iot.VesselPosition;

/** The columns of {@code iot_event} beside the document: what matching and the case file read, by kind of event. */
record EventColumns(String container, String mmsi, String imoNumber, Double latitude, Double longitude,
        Double temperature, Double setPoint, String state, String sealNumber) {

    static EventColumns of(IotEvent event) {
        String container = event instanceof ContainerEvent c ? c.container().value() : null;
        if (event instanceof SealEvent seal) {
            return new EventColumns(container, null, null, null, null, null, null, seal.status().name(),
                    seal.sealNumber());
        }
        if (event instanceof DoorEvent door) {
            return new EventColumns(container, null, null, null, null, null, null, door.state().name(), null);
        }
        if (event instanceof ReeferReading reefer) {
            return new EventColumns(container, null, null, null, null, reefer.temperatureCelsius(),
                    reefer.setPointCelsius(), null, null);
        }
        if (event instanceof ContainerPosition position) {
            return new EventColumns(container, null, null, position.position().latitude(),
                    position.position().longitude(), null, null, null, null);
        }
        VesselPosition vessel = (VesselPosition) event;
        return new EventColumns(null, vessel.mmsi().value(),
                vessel.imoNumber() == null ? null : vessel.imoNumber().value(), vessel.position().latitude(),
                vessel.position().longitude(), null, null, null, null);
    }
}
