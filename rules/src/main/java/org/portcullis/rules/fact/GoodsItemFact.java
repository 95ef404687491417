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
    private final String placeOfLoading;
    private final String hazardClass;

    public GoodsItemFact(String transportDocumentNumber, int sequence, String description, String hsCode,
            String unNumber, BigDecimal grossMassKg, Integer packageCount, List<String> containerNumbers) {
        this(transportDocumentNumber, sequence, description, hsCode, unNumber, grossMassKg, packageCount,
                containerNumbers, null, null);
    }

    public GoodsItemFact(String transportDocumentNumber, int sequence, String description, String hsCode,
            String unNumber, BigDecimal grossMassKg, Integer packageCount, List<String> containerNumbers,
            String placeOfLoading, String hazardClass) {
        this.transportDocumentNumber = transportDocumentNumber;
        this.sequence = sequence;
        this.description = description;
        this.hsCode = hsCode;
        this.unNumber = unNumber;
        this.grossMassKg = grossMassKg;
        this.packageCount = packageCount;
        this.containerNumbers = List.copyOf(containerNumbers);
        this.placeOfLoading = placeOfLoading;
        this.hazardClass = hazardClass;
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

    /** The UN/LOCODE of the consignment's place of loading, or null. */
    public String getPlaceOfLoading() {
        return placeOfLoading;
    }

    /** The country of the place of loading (the first two letters of its UN/LOCODE), or null. */
    public String getLoadingCountry() {
        return placeOfLoading == null ? null : placeOfLoading.substring(0, 2);
    }

    /** The IMO hazard class of declared dangerous goods, or null. */
    public String getHazardClass() {
        return hazardClass;
    }

    /** The gross mass of one package in kg, or null when the mass or the package count is missing or zero. */
    public BigDecimal getMassPerPackageKg() {
        if (grossMassKg == null || packageCount == null || packageCount <= 0) {
            return null;
        }
        return grossMassKg.divide(BigDecimal.valueOf(packageCount), 3, java.math.RoundingMode.HALF_UP);
    }

    @Override
    public Target target() {
        return new Target(TargetKind.GOODS_ITEM, transportDocumentNumber + " item " + sequence);
    }

    @Override
    public String consignmentReference() {
        return transportDocumentNumber;
    }
}
