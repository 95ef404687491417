package org.portcullis.model.filing;

import java.util.List;
import java.util.Objects;
import org.portcullis.model.value.ContainerNumber;

/** A container carrying the consignment, with the seals on it. */
public record TransportEquipment(ContainerNumber number, List<String> seals) {

    public TransportEquipment {
        Objects.requireNonNull(number, "number");
        seals = seals == null ? List.of() : List.copyOf(seals);
    }
}
