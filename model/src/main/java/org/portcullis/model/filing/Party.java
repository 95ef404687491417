package org.portcullis.model.filing;

import java.util.Objects;
import org.portcullis.model.value.CountryCode;

/** A consignor, consignee or notify party: name, address, country and identifier (TIN or EORI). */
public record Party(String name, String address, CountryCode country, String identifier) {

    public Party {
        Objects.requireNonNull(name, "name");
    }
}
