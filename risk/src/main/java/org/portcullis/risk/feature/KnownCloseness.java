package org.portcullis.risk.feature;

import java.util.Map;
import org.portcullis.model.filing.Party;
import org.portcullis.risk.history.TraderKeys;

/** {@link WatchlistCloseness} from closeness recorded per trader key (a history's screening results). */
public class KnownCloseness implements WatchlistCloseness {

    private final Map<String, Double> byTraderKey;

    public KnownCloseness(Map<String, Double> byTraderKey) {
        this.byTraderKey = Map.copyOf(byTraderKey);
    }

    @Override
    public double closeness(Party party) {
        return byTraderKey.getOrDefault(TraderKeys.of(party), 0.0);
    }
}
