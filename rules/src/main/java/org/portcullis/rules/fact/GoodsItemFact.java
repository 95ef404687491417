package org.portcullis.rules.fact;

import java.math.BigDecimal;
import java.util.List;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;

/** One goods item, with its HS code split into chapter and heading for rules to match on. */
public class GoodsItemFact implements TargetFact {

    private final String transportDocumentNumber;
    private final int sequence;
    private final String description;
    private final String hsCode;
    private final String unNumber;
    private final BigDecimal grossMassKg;
    private final Integer packageCount;
    private final List<String> containerNumbers;

    public GoodsItemFact(String transportDocumentNumber, int sequence, String description, String hsCode,
            String unNumber, BigDecimal grossMassKg, Integer packageCount, List<String> containerNumbers) {
        this.transportDocumentNumber = transportDocumentNumber;
        this.sequence = sequence;
        this.description = description;
        this.hsCode = hsCode;
        this.unNumber = unNumber;
        this.grossMassKg = grossMassKg;
        this.packageCount = packageCount;
        this.containerNumbers = List.copyOf(containerNumbers);
    }

    public String getTransportDocumentNumber() {
        return transportDocumentNumber;
    }

    public int getSequence() {
        return sequence;
    }

    public String getDescription() {
        return description;
    }

    /** The HS code as declared (6, 8 or 10 digits), or null when none was declared. */
    public String getHsCode() {
        return hsCode;
    }

    /** The HS chapter (1-97), or 0 when no HS code was declared. */
    public int getHsChapter() {
        return hsCode == null ? 0 : Integer.parseInt(hsCode.substring(0, 2));
    }

    /** The four-digit HS heading, or null when no HS code was declared. */
    public String getHsHeading() {
        return hsCode == null ? null : hsCode.substring(0, 4);
    }

    /** The UN number of declared dangerous goods, or null when none was declared. */
    public String getUnNumber() {
        return unNumber;
    }

    public BigDecimal getGrossMassKg() {
        return grossMassKg;
    }

    public Integer getPackageCount() {
        return packageCount;
    }

    public List<String> getContainerNumbers() {
        return containerNumbers;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.GOODS_ITEM, transportDocumentNumber + " item " + sequence);
    }
}
