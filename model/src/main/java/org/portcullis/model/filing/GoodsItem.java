package org.portcullis.model.filing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.HsCode;

/**
 * One line of goods in a consignment (FAL form 2), with the containers it is packed in and, for goods carried
 * temperature-controlled, the range declared for them (absent otherwise).
 */
public record GoodsItem(int sequence, String description, HsCode hsCode, Packages packages,
        BigDecimal grossMassKg, List<ContainerNumber> containers, DangerousGoods dangerousGoods,
        TemperatureRange temperatureRange) {

    public GoodsItem {
        Objects.requireNonNull(description, "description");
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    /** A goods item carried without temperature control. */
    public GoodsItem(int sequence, String description, HsCode hsCode, Packages packages, BigDecimal grossMassKg,
            List<ContainerNumber> containers, DangerousGoods dangerousGoods) {
        this(sequence, description, hsCode, packages, grossMassKg, containers, dangerousGoods, null);
    }
}
