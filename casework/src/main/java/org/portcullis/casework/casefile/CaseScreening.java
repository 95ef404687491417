package org.portcullis.casework.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.portcullis.casework.agency.AgencyMatches;
import org.portcullis.casework.agency.AgencyRecords;
import org.portcullis.casework.redress.RedressDesk;
import org.portcullis.casework.redress.RedressRecord;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.model.value.Mrn;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.portcullis.sharing.disclosure.AgencyScreeningMatch;
import org.portcullis.sharing.disclosure.Disclosure;
import org.springframework.stereotype.Component;

/**
 * The watchlist matches of a case as one officer may see them, by the agency whose assessment screened them: the
 * lead agency's (customs' main assessment: parties) and each other agency's latest assessment (border police's:
 * persons). An agency's matches reach the officers who read its reasons, a person's match only those whose agreement
 * shows persons; only the agency's own officers and supervisors may mark one as a false positive.
 */
@Component
class CaseScreening {

    private final AgencyRecords records;
    private final RedressDesk redress;
    private final Agencies agencies;

    CaseScreening(AgencyRecords records, RedressDesk redress, Agencies agencies) {
        this.records = records;
        this.redress = redress;
        this.agencies = agencies;
    }

    /** The parts shown, lead agency first; the lead's only when its reasons are read ({@code lead} matches given). */
    List<ScreeningPart> parts(Mrn mrn, String lead, CaseFileView leadView, Disclosure disclosure,
            Collection<String> groups) {
        Set<String> works = agencies.ofGroups(groups).stream().map(Agency::id).collect(Collectors.toSet());
        List<ScreeningPart> parts = new ArrayList<>();
        if (leadView != null && leadView.assessment() != null && disclosure.readsReasonsOf(lead)) {
            ScreeningPart all = leadView.leadScreening();
            parts.add(shown(new AgencyMatches(lead, all.matches().stream().map(ScreeningPart.Row::match).toList(),
                    all.setAside()), all.redress(), disclosure, works.contains(lead)));
        }
        for (AgencyMatches matches : records.latestMatches(mrn)) {
            if (!matches.agency().equals(lead) && disclosure.readsReasonsOf(matches.agency())) {
                List<RedressRecord> marked = new ArrayList<>(redress.ofCase(mrn.value(), matches.agency()));
                redress.latestFor(matches.matches()).stream()
                        .filter(record -> !marked.contains(record)
                                && redress.agencyOf(record).equals(matches.agency()))
                        .forEach(marked::add);
                parts.add(shown(matches, marked, disclosure, works.contains(matches.agency())));
            }
        }
        parts.removeIf(ScreeningPart::isEmpty);
        return parts;
    }

    /** The agency's matches the disclosure gives, each keeping its position in the assessment. */
    private static ScreeningPart shown(AgencyMatches matches, List<RedressRecord> redress, Disclosure disclosure,
            boolean redressable) {
        List<ScreeningPart.Row> rows = ScreeningPart.numbered(matches.matches()).stream()
                .filter(row -> given(matches.agency(), row.match(), disclosure)).toList();
        List<ScreeningMatch> setAside = matches.setAside().stream()
                .filter(match -> given(matches.agency(), match, disclosure)).toList();
        return new ScreeningPart(matches.agency(), rows, setAside, redress, redressable);
    }

    private static boolean given(String agency, ScreeningMatch match, Disclosure disclosure) {
        return !disclosure.screeningMatches(List.of(new AgencyScreeningMatch(agency, match))).isEmpty();
    }
}
