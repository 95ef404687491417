package org.portcullis.risk.generate;

import java.util.Map;
import org.portcullis.model.filing.Consignment;
import org.portcullis.risk.history.DeclaredValue;

/**
 * A generated consignment with what only the generator knows: its traders, whether it is part of the transhipped
 * fruit-and-wood scheme, whether its value was declared far too low, whether it travels in a compromised container, and the values declared per goods item sequence.
 */
record DraftConsignment(Consignment consignment, Trader consignor, Trader consignee, boolean scheme,
        boolean undervalued, boolean compromisedContainer, Map<Integer, DeclaredValue> declaredValues) {
}
