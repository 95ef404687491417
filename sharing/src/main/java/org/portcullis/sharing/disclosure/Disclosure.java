package org.portcullis.sharing.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.portcullis.sharing.agency.SharingAgreement;
import org.portcullis.sharing.field.FieldPattern;

/**
 * What one officer may see of filings and cases: the union of the data-sharing agreements of the officer's agencies.
 * Every exit that shows case data (case page, search results, CSV, API) passes it through here, so that a field an
 * agency may not see never leaves the store for its officers. An officer in no agency sees nothing. Immutable.
 *
 * <p>Take {@link #forFiling(Instant)} first: an agency sees only the filings registered on or after the first day
 * its agreement allows (the day it joined, unless configured otherwise), so the agencies that apply differ by filing.
 */
public final class Disclosure {

    private final List<Agency> agencies;
    private final DocumentProjection projection;
    private final Set<String> detailedAgencies;

    public Disclosure(List<Agency> agencies) {
        this.agencies = List.copyOf(agencies);
        this.projection = new DocumentProjection(this.agencies.stream().map(Agency::agreement).toList());
        Set<String> detailed = new LinkedHashSet<>();
        this.agencies.forEach(agency -> {
            detailed.add(agency.id());
            detailed.addAll(agency.agreement().reasonsOf());
        });
        this.detailedAgencies = Set.copyOf(detailed);
    }

    /** What an officer in these groups may see: the union of the agreements of their agencies. */
    public static Disclosure forGroups(Agencies agencies, Collection<String> groups) {
        return new Disclosure(agencies.readBy(groups));
    }

    /** What the named agencies may see together. */
    public static Disclosure forAgencies(Agencies agencies, Set<String> agencyIds) {
        return new Disclosure(agencyIds.stream().map(id -> agencies.byId(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown agency " + id))).toList());
    }

    /** The ids of the officer's agencies (those that apply). */
    public Set<String> agencyIds() {
        Set<String> ids = new LinkedHashSet<>();
        agencies.forEach(agency -> ids.add(agency.id()));
        return ids;
    }

    /** The agreements that apply, for the access log (which agreement allowed what). */
    public List<SharingAgreement> agreements() {
        return agencies.stream().map(Agency::agreement).toList();
    }

    /** True when no agency applies: nothing of the filing or case may be shown. */
    public boolean isEmpty() {
        return agencies.isEmpty();
    }

    /** The disclosure for one filing: only the agencies that see filings registered at that moment (UTC day). */
    public Disclosure forFiling(Instant registeredAt) {
        LocalDate day = LocalDate.ofInstant(registeredAt, ZoneOffset.UTC);
        return new Disclosure(agencies.stream().filter(agency -> {
            LocalDate first = agency.agreement().filingsFrom().firstDay(agency.joined());
            return first == null || !day.isBefore(first);
        }).toList());
    }

    /**
     * From when these agencies see filings (registered on or after it, UTC day): the earliest first day of their
     * agreements; {@link Instant#EPOCH} for all filings, empty when no agency applies.
     */
    public Optional<Instant> seesFilingsFrom() {
        Instant from = null;
        for (Agency agency : agencies) {
            LocalDate first = agency.agreement().filingsFrom().firstDay(agency.joined());
            Instant start = first == null ? Instant.EPOCH : first.atStartOfDay(ZoneOffset.UTC).toInstant();
            from = from == null || start.isBefore(from) ? start : from;
        }
        return Optional.ofNullable(from);
    }

    /** The filing document (the stored v1 JSON document) with only the disclosed fields; the given one is not changed. */
    public ObjectNode document(JsonNode filingDocument) {
        return projection.project(filingDocument);
    }

    /**
     * True when the field at a concrete pointer ({@code /crew/3/travelDocument/number}) or every field of a pattern
     * ({@code /crew/*}{@code /travelDocument/number}) may be shown: for columns of a CSV or fields of a page built
     * from the model rather than from the document.
     */
    public boolean allows(String pointer) {
        List<String> path = FieldPattern.parse(pointer).segments().stream()
                .map(step -> step.equals(FieldPattern.ANY_POSITION) ? "0" : step).toList();
        return projection.discloses(path);
    }

    /** Every finding, each with whose and its outcome; its rule, thing and reason only where the agreements allow. */
    public List<DisclosedFinding> findings(List<AgencyFinding> findings) {
        return findings.stream().map(f -> new DisclosedFinding(f.agency(), f.finding().outcome(),
                detailed(f.agency()) ? Optional.of(f.finding()) : Optional.empty())).toList();
    }

    /** Every decision, each with whose, what and when; its reason and officer only where the agreements allow. */
    public List<DisclosedDecision> decisions(List<AgencyDecision> decisions) {
        return decisions.stream().map(d -> {
            boolean detailed = detailed(d.agency());
            return new DisclosedDecision(d.agency(), d.decision().decision(), d.decision().decidedAt(),
                    detailed ? Optional.of(d.decision().reason()) : Optional.empty(),
                    detailed ? Optional.of(d.decision().officer()) : Optional.empty());
        }).toList();
    }

    /**
     * The watchlist matches of the officer's agencies and of those whose reasons they may read; no others, and no
     * match of a person unless the agreements show persons (crew or passenger names).
     */
    public List<AgencyScreeningMatch> screeningMatches(List<AgencyScreeningMatch> matches) {
        boolean persons = showsPersons();
        return matches.stream().filter(m -> detailed(m.agency())
                && (persons || m.match().subject().kind() != TargetKind.PERSON)).toList();
    }

    /** True when the agreements show the names of crew members or passengers. */
    public boolean showsPersons() {
        return allows("/crew/*/familyName") || allows("/passengers/*/familyName");
    }

    /** True when the officer reads that agency's findings and decisions in full (its own, or by reasonsOf). */
    public boolean readsReasonsOf(String agency) {
        return detailed(agency);
    }

    private boolean detailed(String agency) {
        return detailedAgencies.contains(agency);
    }
}
