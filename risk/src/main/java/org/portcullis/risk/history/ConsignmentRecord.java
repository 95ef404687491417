package org.portcullis.risk.history;

import java.util.Map;
import java.util.Objects;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.filing.Consignment;

/**
 * A consignment as history knows it: the consignment as filed, the lane the rules gave it, whether random
 * selection drew it, and its inspection (null: not inspected, so no label). {@code wouldFind} is the truth an
 * inspection would have found, known only for generated history (null otherwise); backtests use it to count what a
 * strategy would have caught among consignments nobody inspected. {@code declaredValues} are the values declared
 * per goods item sequence (empty: none declared, as in every filing of the published formats). {@code odds} is the
 * chance the generated world gave the consignment of holding something (generated history only, null otherwise):
 * ranking by it gives the highest AUC any model could reach on that history.
 */
public record ConsignmentRecord(Consignment consignment, Lane ruleLane, boolean randomlySelected,
        Inspection inspection, Boolean wouldFind, Map<Integer, DeclaredValue> declaredValues, Double odds) {

    public ConsignmentRecord(Consignment consignment, Lane ruleLane, boolean randomlySelected, Inspection inspection,
            Boolean wouldFind, Map<Integer, DeclaredValue> declaredValues) {
        this(consignment, ruleLane, randomlySelected, inspection, wouldFind, declaredValues, null);
    }

    public ConsignmentRecord {
        Objects.requireNonNull(consignment, "consignment");
        Objects.requireNonNull(ruleLane, "ruleLane");
        declaredValues = declaredValues == null ? Map.of() : Map.copyOf(declaredValues);
    }

    public boolean inspected() {
        return inspection != null;
    }

    public String reference() {
        return consignment.transportDocumentNumber();
    }
}
