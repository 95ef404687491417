package org.portcullis.rules.iot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.iot.CaseEvents;
import org.portcullis.model.iot.ContainerEvent;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.iot.VesselPosition;
import org.portcullis.rules.fact.iot.ListedAreas;
import org.portcullis.rules.fact.iot.PortAreas;

/**
 * Turns the sensor events of a case into the facts event rules are written against: per container of each consignment
 * its seals, reefer temperatures and port sightings; for the vessel its AIS track and its loitering in listed areas.
 * Events that do not concern the filing are left out; "before arrival" means before the filing's ETA; {@code now}, the
 * moment of the assessment, ends a silence of the vessel still going on, which counts once it reaches
 * {@code silentAfter}.
 */
public final class IotFacts {

    private IotFacts() {
    }

    public static List<Object> of(Filing filing, List<IotEvent> events, PortAreas ports, ListedAreas areas,
            Instant now, VesselSilentAfter silentAfter) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<IotEvent> concerning = events.stream().filter(event -> CaseEvents.concerns(event, filing))
                .sorted(Comparator.comparing(IotEvent::observedAt).thenComparing(IotEvent::eventId)).toList();
        List<Object> facts = new ArrayList<>(ContainerFacts.of(filing,
                concerning.stream().filter(ContainerEvent.class::isInstance).map(ContainerEvent.class::cast).toList(),
                ports));
        facts.addAll(VesselFacts.of(filing,
                concerning.stream().filter(VesselPosition.class::isInstance).map(VesselPosition.class::cast).toList(),
                areas, now, silentAfter));
        return facts;
    }
}
