package org.portcullis.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.portcullis.rules.fact.BookingPattern;
import org.portcullis.rules.fact.DangerousGoodsCommodities;
import org.portcullis.rules.fact.KnownTraders;
import org.portcullis.rules.fact.ListedPorts;
import org.portcullis.rules.fact.VagueDescriptionTerms;
import org.portcullis.rules.fact.iot.ListedAreas;
import org.portcullis.rules.fact.iot.PortAreas;
import org.portcullis.rules.screening.PartyWatchlist;
import org.portcullis.rules.screening.PersonWatchlist;

/**
 * The reference data a rule set carries beside its DRL: term lists, commodity lists, listed ports, known traders,
 * the watchlists, the random selection rate, the known booking patterns, the port areas and listed sea areas of the
 * sensor event rules, and the reference data of the port health and maritime rules.
 */
public record ReferenceData(VagueDescriptionTerms vagueDescriptionTerms,
        DangerousGoodsCommodities dangerousGoodsCommodities, ListedPorts listedPorts, KnownTraders knownTraders,
        Watchlists watchlists, double randomSelectionRate, List<BookingPattern> bookingPatterns, PortAreas portAreas,
        ListedAreas listedAreas, AgencyReferenceData agencies) {

    public ReferenceData {
        bookingPatterns = List.copyOf(bookingPatterns);
    }

    /** The watchlists of a rule set, built once and kept while their files do not change. */
    public record Watchlists(String contentHash, PartyWatchlist parties, PersonWatchlist persons) {
    }

    public PartyWatchlist partyWatchlist() {
        return watchlists.parties();
    }

    public PersonWatchlist personWatchlist() {
        return watchlists.persons();
    }

    /** The reference facts every assessment starts with (the agencies' too). */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>(List.of(vagueDescriptionTerms, dangerousGoodsCommodities, listedPorts));
        facts.addAll(agencies.facts());
        facts.addAll(bookingPatterns);
        return facts;
    }
}
