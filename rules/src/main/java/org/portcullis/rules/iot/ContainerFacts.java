package org.portcullis.rules.iot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.iot.ContainerEvent;
import org.portcullis.model.iot.ContainerPosition;
import org.portcullis.model.iot.DoorEvent;
import org.portcullis.model.iot.DoorState;
import org.portcullis.model.iot.ReeferReading;
import org.portcullis.model.iot.SealEvent;
import org.portcullis.model.iot.SealStatus;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.rules.fact.iot.ContainerSeals;
import org.portcullis.rules.fact.iot.ContainerSighting;
import org.portcullis.rules.fact.iot.PortAreas;

/** The facts of the container events (in time order) of each consignment's containers. */
final class ContainerFacts {

    private ContainerFacts() {
    }

    static List<Object> of(Filing filing, List<ContainerEvent> events, PortAreas ports) {
        Instant arrival = filing.portCall().eta();
        List<Object> facts = new ArrayList<>();
        for (Consignment consignment : filing.consignments()) {
            String bl = consignment.transportDocumentNumber();
            for (Map.Entry<ContainerNumber, List<String>> container : declaredSeals(consignment).entrySet()) {
                List<ContainerEvent> own = events.stream()
                        .filter(event -> event.container().equals(container.getKey())).toList();
                ContainerSeals seals = seals(container.getKey().value(), bl, container.getValue(), own, arrival);
                if (seals != null) {
                    facts.add(seals);
                }
                own.stream().filter(ContainerPosition.class::isInstance).map(ContainerPosition.class::cast)
                        .forEach(position -> ports.at(position.position()).ifPresent(port -> facts.add(
                                new ContainerSighting(container.getKey().value(), bl, port.port(),
                                        position.observedAt(), position.observedAt().isBefore(arrival),
                                        port.centre().distanceKm(position.position())))));
            }
            for (GoodsItem item : consignment.goodsItems()) {
                if (item.temperatureRange() != null) {
                    for (ContainerNumber number : item.containers()) {
                        List<ReeferReading> readings = events.stream().filter(ReeferReading.class::isInstance)
                                .map(ReeferReading.class::cast).filter(r -> r.container().equals(number)).toList();
                        if (!readings.isEmpty()) {
                            facts.add(ReeferSummary.of(number.value(), bl, item, readings));
                        }
                    }
                }
            }
        }
        return facts;
    }

    /** Every container of the consignment, with the seals declared for it (none for a goods item's own). */
    private static Map<ContainerNumber, List<String>> declaredSeals(Consignment consignment) {
        Map<ContainerNumber, List<String>> seals = new LinkedHashMap<>();
        for (TransportEquipment equipment : consignment.containers()) {
            seals.put(equipment.number(), equipment.seals());
        }
        consignment.goodsItems().forEach(item -> item.containers().forEach(n -> seals.putIfAbsent(n, List.of())));
        return seals;
    }

    private static ContainerSeals seals(String number, String bl, List<String> declared, List<ContainerEvent> events,
            Instant arrival) {
        List<SealEvent> reports = events.stream().filter(SealEvent.class::isInstance).map(SealEvent.class::cast)
                .toList();
        Instant doorOpened = events.stream().filter(DoorEvent.class::isInstance).map(DoorEvent.class::cast)
                .filter(door -> door.state() == DoorState.OPENED && door.observedAt().isBefore(arrival))
                .map(DoorEvent::observedAt).findFirst().orElse(null);
        if (reports.isEmpty() && doorOpened == null) {
            return null;
        }
        List<String> declaredKeys = declared.stream().map(ContainerFacts::sealKey).toList();
        List<SealEvent> beforeArrival = reports.stream().filter(r -> r.observedAt().isBefore(arrival)).toList();
        SealEvent breach = beforeArrival.stream().filter(r -> r.status() != SealStatus.INTACT).findFirst().orElse(null);
        SealEvent undeclared = declared.isEmpty() ? null : beforeArrival.stream()
                .filter(r -> !declaredKeys.contains(sealKey(r.sealNumber()))).findFirst().orElse(null);
        SealEvent latest = reports.isEmpty() ? null : reports.get(reports.size() - 1);
        return new ContainerSeals(number, bl, declared, report(latest), report(breach), report(undeclared),
                doorOpened);
    }

    private static ContainerSeals.SealReport report(SealEvent event) {
        return event == null ? null : new ContainerSeals.SealReport(event.status(), event.sealNumber(),
                event.observedAt());
    }

    /** A seal number as compared: upper case, without spaces and hyphens ("ml-123 456" is "ML123456"). */
    static String sealKey(String sealNumber) {
        return sealNumber.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    }
}
