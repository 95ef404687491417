package org.portcullis.rules.engine;

import java.util.List;
import org.portcullis.rules.fact.DangerousGoodsCommodities;
import org.portcullis.rules.fact.VagueDescriptionTerms;
import org.portcullis.rules.screening.PartyWatchlist;

/** The reference data a rule set carries beside its DRL: term lists, commodity lists and watchlists. */
public record ReferenceData(VagueDescriptionTerms vagueDescriptionTerms,
        DangerousGoodsCommodities dangerousGoodsCommodities, PartyWatchlist partyWatchlist) {

    /** The reference facts every assessment starts with. */
    public List<Object> facts() {
        return List.of(vagueDescriptionTerms, dangerousGoodsCommodities);
    }
}
