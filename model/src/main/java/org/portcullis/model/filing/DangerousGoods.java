package org.portcullis.model.filing;

import java.math.BigDecimal;
import java.util.Objects;
import org.portcullis.model.value.UnNumber;

/** Dangerous goods declared for a goods item (FAL form 7, IMDG Code). */
public record DangerousGoods(UnNumber unNumber, String hazardClass, String packingGroup,
        BigDecimal flashPointCelsius, String stowagePosition) {

    public DangerousGoods {
        Objects.requireNonNull(unNumber, "unNumber");
    }
}
