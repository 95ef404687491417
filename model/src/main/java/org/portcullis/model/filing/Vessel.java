package org.portcullis.model.filing;

import java.util.Objects;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.ImoNumber;

/** The ship (FAL form 1). */
public record Vessel(ImoNumber imoNumber, String name, CountryCode flag, String callSign, String mmsi) {

    public Vessel {
        Objects.requireNonNull(imoNumber, "imoNumber");
        Objects.requireNonNull(name, "name");
    }
}
