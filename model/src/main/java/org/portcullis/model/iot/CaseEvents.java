package org.portcullis.model.iot;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.Mrn;

/**
 * Port: the sensor events an assessment of a case takes into account: those about the containers and the vessel its
 * filing names. Implemented by the application over its store of events; {@link #matching} keeps them in memory.
 */
@FunctionalInterface
public interface CaseEvents {

    /** No events: an assessment as it was before sensors were connected. */
    CaseEvents NONE = (mrn, filing) -> List.of();

    /** The events about the filing's containers and vessel known for the case (the MRN is null in scenarios). */
    List<IotEvent> of(Mrn mrn, Filing filing);

    /** The events of the collection that concern the filing (see {@link #concerns}), whatever the MRN. */
    static CaseEvents matching(Collection<? extends IotEvent> events) {
        List<IotEvent> all = List.copyOf(events);
        return (mrn, filing) -> all.stream().filter(event -> concerns(event, filing)).toList();
    }

    /**
     * Whether the event is about the filing: a container event names a container of one of its consignments or
     * goods items; a vessel position names its vessel's MMSI or IMO number.
     */
    static boolean concerns(IotEvent event, Filing filing) {
        if (event instanceof ContainerEvent container) {
            return containers(filing).contains(container.container());
        }
        VesselPosition vessel = (VesselPosition) event;
        return vessel.mmsi().value().equals(filing.vessel().mmsi())
                || filing.vessel().imoNumber().equals(vessel.imoNumber());
    }

    /** Every container the filing names, on its consignments or on their goods items. */
    static Set<ContainerNumber> containers(Filing filing) {
        return filing.consignments().stream()
                .flatMap(c -> Stream.concat(c.containers().stream().map(e -> e.number()),
                        c.goodsItems().stream().flatMap(item -> item.containers().stream())))
                .collect(Collectors.toSet());
    }
}
