package org.portcullis.messaging.edifact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.value.ContainerNumber;

/**
 * The equipment of a CUSCAR (the message-level EQD groups): EQD+CN a container (C237 8260: its ISO 6346 number,
 * check digit checked, pointer to EQD element 2) with its seals (SEL 9308). Other equipment (EQD+BB break bulk, TE
 * trailer ...) is kept as received; goods items placed in it (SGP) are not placed in a container.
 */
final class CuscarEquipment {

    private final Map<String, TransportEquipment> containers = new LinkedHashMap<>();
    private final List<String> otherEquipment = new ArrayList<>();

    CuscarEquipment(EdiValues values, EdiMessage message) {
        String current = null;
        List<String> seals = null;
        for (EdiSegment segment : message.segments()) {
            if (!segment.path().equals("EQD")) {
                continue;
            }
            if (segment.tag().equals("EQD")) {
                close(current, seals);
                current = null;
                seals = new ArrayList<>();
                if (segment.is("EQD", "CN")) {
                    ContainerNumber number = values.code(segment, 2, 1, ContainerNumber::of);
                    current = number == null ? null : number.value();
                } else if (segment.value(2, 1) != null) {
                    otherEquipment.add(segment.value(2, 1));
                }
            } else if (segment.tag().equals("SEL") && current != null && segment.value(1) != null) {
                seals.add(segment.use().value(1));
            }
        }
        close(current, seals);
    }

    private void close(String container, List<String> seals) {
        if (container != null) {
            containers.put(container, new TransportEquipment(ContainerNumber.of(container), seals));
        }
    }

    boolean isOtherEquipment(String id) {
        return otherEquipment.contains(id);
    }

    List<TransportEquipment> all() {
        return List.copyOf(containers.values());
    }

    /** The containers with these numbers, in the order of the EQD groups. */
    List<TransportEquipment> of(List<ContainerNumber> numbers) {
        return containers.values().stream().filter(e -> numbers.contains(e.number())).toList();
    }
}
