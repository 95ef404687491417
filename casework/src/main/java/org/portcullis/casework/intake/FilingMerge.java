package org.portcullis.casework.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.filing.ShipCertificate;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.CrewEffect;
import org.portcullis.model.filing.CrewSignOff;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.filing.HealthDeclaration;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.ShipSecurity;
import org.portcullis.model.filing.StoresItem;
import org.portcullis.model.filing.UnmappedSegment;
import org.portcullis.model.filing.WasteNotification;

/**
 * The filing a case clears: the standing filings of its LRNs taken together. Vessel and port call come from the
 * newest filing; cargo, crew, passengers, stores, crew effects and crew sign-offs are the lists of all of them in
 * the order they were filed; the health declaration, the security information and the waste notification are the
 * newest ones given; of the ship certificates, each tracking number's newest.
 */
final class FilingMerge {

    private FilingMerge() {
    }

    /** The merge of {@code standing} (oldest first, at least one) under the header of the message that made it. */
    static Filing merge(List<Filing> standing, FilingHeader header) {
        if (standing.isEmpty()) {
            throw new IllegalArgumentException("a case holds at least one standing filing");
        }
        Filing newest = standing.get(standing.size() - 1);
        List<Consignment> consignments = new ArrayList<>();
        List<Person> crew = new ArrayList<>();
        List<Person> passengers = new ArrayList<>();
        List<StoresItem> stores = new ArrayList<>();
        List<CrewEffect> effects = new ArrayList<>();
        List<CrewSignOff> signOffs = new ArrayList<>();
        List<UnmappedSegment> unmapped = new ArrayList<>();
        HealthDeclaration health = null;
        ShipSecurity security = null;
        WasteNotification waste = null;
        Map<String, ShipCertificate> certificates = new LinkedHashMap<>();
        for (Filing filing : standing) {
            consignments.addAll(filing.consignments());
            crew.addAll(filing.crew());
            passengers.addAll(filing.passengers());
            stores.addAll(filing.shipStores());
            effects.addAll(filing.crewEffects());
            signOffs.addAll(filing.crewSignOffs());
            unmapped.addAll(filing.unmappedSegments());
            health = filing.health() == null ? health : filing.health();
            security = filing.security() == null ? security : filing.security();
            waste = filing.waste() == null ? waste : filing.waste();
            filing.certificates().forEach(certificate -> {
                certificates.remove(certificate.trackingNumber());
                certificates.put(certificate.trackingNumber(), certificate);
            });
        }
        return new Filing(header, newest.vessel(), newest.portCall(), consignments, crew, passengers, health, stores,
                effects, signOffs, security, waste, unmapped, List.copyOf(certificates.values()));
    }
}
