package org.portcullis.casework.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.portcullis.model.intake.Locations;
import org.portcullis.model.intake.Locations.Element;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Filing;

/**
 * The port call a filing is for: the vessel (IMO number), the port of call (UN/LOCODE) and the voyage number
 * (compared without case and surrounding spaces). Every filing that joins a case, and every amendment, must name
 * the same port call as the case.
 */
record PortCall(String vesselImo, String portOfCall, String voyageNumber) {

    static PortCall of(Filing filing) {
        String voyage = filing.portCall().voyageNumber();
        return new PortCall(filing.vessel().imoNumber().value(), filing.portCall().portOfCall().value(),
                voyage == null || voyage.isBlank() ? null : voyage.strip().toUpperCase(Locale.ROOT));
    }

    /** The error when {@code other} names another port call than this one, pointing at the first difference. */
    Optional<ValidationError> differenceFrom(PortCall other, Locations at) {
        List<String> changed = new ArrayList<>();
        Element first = null;
        if (!vesselImo.equals(other.vesselImo)) {
            changed.add("vessel " + vesselImo + " / " + other.vesselImo);
            first = Element.VESSEL;
        }
        if (!portOfCall.equals(other.portOfCall)) {
            changed.add("port of call " + portOfCall + " / " + other.portOfCall);
            first = first == null ? Element.PORT_OF_CALL : first;
        }
        if (!Objects.equals(voyageNumber, other.voyageNumber)) {
            changed.add("voyage " + voyageNumber + " / " + other.voyageNumber);
            first = first == null ? Element.VOYAGE_NUMBER : first;
        }
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(ValidationError.of(ErrorCode.PORT_CALL_CHANGED, at.of(first),
                        "the case's port call and this message differ in " + String.join(", ", changed)));
    }
}
