package org.portcullis.rules.fact;

import java.util.List;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;

/** One consignment (bill of lading): where it was loaded and unloaded, and its containers. */
public class ConsignmentFact implements TargetFact {

    private final String transportDocumentNumber;
    private final String placeOfLoading;
    private final String placeOfUnloading;
    private final int goodsItemCount;
    private final List<String> containerNumbers;

    public ConsignmentFact(String transportDocumentNumber, String placeOfLoading, String placeOfUnloading,
            int goodsItemCount, List<String> containerNumbers) {
        this.transportDocumentNumber = transportDocumentNumber;
        this.placeOfLoading = placeOfLoading;
        this.placeOfUnloading = placeOfUnloading;
        this.goodsItemCount = goodsItemCount;
        this.containerNumbers = List.copyOf(containerNumbers);
    }

    public String getTransportDocumentNumber() {
        return transportDocumentNumber;
    }

    public String getPlaceOfLoading() {
        return placeOfLoading;
    }

    public String getPlaceOfUnloading() {
        return placeOfUnloading;
    }

    public int getGoodsItemCount() {
        return goodsItemCount;
    }

    public List<String> getContainerNumbers() {
        return containerNumbers;
    }

    @Override
    public Target target() {
        return new Target(TargetKind.CONSIGNMENT, transportDocumentNumber);
    }

    @Override
    public String consignmentReference() {
        return transportDocumentNumber;
    }
}
