package org.portcullis.casework.iot;

import java.util.List;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.iot.CaseEvents;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.value.Mrn;

/**
 * The events an assessment takes into account, from the store: those about the filing's containers and its vessel
 * (MMSI or IMO number), whenever they arrived, so that events published before any filing named their container
 * count as soon as one does.
 */
class StoredCaseEvents implements CaseEvents {

    private final SensorEventRepository events;

    StoredCaseEvents(SensorEventRepository events) {
        this.events = events;
    }

    @Override
    public List<IotEvent> of(Mrn mrn, Filing filing) {
        return events.about(CaseEvents.containers(filing), filing.vessel().mmsi(),
                filing.vessel().imoNumber().value()).stream()
                .filter(event -> CaseEvents.concerns(event, filing)).toList();
    }
}
