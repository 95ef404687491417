package org.portcullis.model.filing;

import java.util.List;
import java.util.Objects;

/**
 * What a carrier tells the authorities before one ship's port call: the vessel and the call (FAL 1) and any of the
 * parts cargo (FAL 2, with dangerous goods FAL 7), ship's stores (FAL 3), crew effects (FAL 4), crew (FAL 5),
 * passengers (FAL 6), the crew members who signed off since the last port call, the health declaration, the ship's
 * security information (ISPS) and the waste notification. An EDIFACT filing also keeps the segments Portcullis does
 * not read ({@code unmappedSegments}), as received. A JSON filing may refer to ship certificates (since schema 1.2).
 */
public record Filing(FilingHeader header, Vessel vessel, PortCall portCall, List<Consignment> consignments,
        List<Person> crew, List<Person> passengers, HealthDeclaration health, List<StoresItem> shipStores,
        List<CrewEffect> crewEffects, List<CrewSignOff> crewSignOffs, ShipSecurity security,
        WasteNotification waste, List<UnmappedSegment> unmappedSegments, List<ShipCertificate> certificates) {

    public Filing {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(vessel, "vessel");
        Objects.requireNonNull(portCall, "portCall");
        consignments = consignments == null ? List.of() : List.copyOf(consignments);
        crew = crew == null ? List.of() : List.copyOf(crew);
        passengers = passengers == null ? List.of() : List.copyOf(passengers);
        shipStores = shipStores == null ? List.of() : List.copyOf(shipStores);
        crewEffects = crewEffects == null ? List.of() : List.copyOf(crewEffects);
        crewSignOffs = crewSignOffs == null ? List.of() : List.copyOf(crewSignOffs);
        unmappedSegments = unmappedSegments == null ? List.of() : List.copyOf(unmappedSegments);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
    }

    /** A filing referring to no ship certificate (schema 1.1 and EDIFACT). */
    public Filing(FilingHeader header, Vessel vessel, PortCall portCall, List<Consignment> consignments,
            List<Person> crew, List<Person> passengers, HealthDeclaration health, List<StoresItem> shipStores,
            List<CrewEffect> crewEffects, List<CrewSignOff> crewSignOffs, ShipSecurity security,
            WasteNotification waste, List<UnmappedSegment> unmappedSegments) {
        this(header, vessel, portCall, consignments, crew, passengers, health, shipStores, crewEffects, crewSignOffs,
                security, waste, unmappedSegments, List.of());
    }

    /** A filing with every part it carries read (JSON, or EDIFACT without segments Portcullis does not map). */
    public Filing(FilingHeader header, Vessel vessel, PortCall portCall, List<Consignment> consignments,
            List<Person> crew, List<Person> passengers, HealthDeclaration health, List<StoresItem> shipStores,
            List<CrewEffect> crewEffects, List<CrewSignOff> crewSignOffs, ShipSecurity security,
            WasteNotification waste) {
        this(header, vessel, portCall, consignments, crew, passengers, health, shipStores, crewEffects, crewSignOffs,
                security, waste, List.of());
    }

    /** A filing without crew sign-offs, security information or waste notification. */
    public Filing(FilingHeader header, Vessel vessel, PortCall portCall, List<Consignment> consignments,
            List<Person> crew, List<Person> passengers, HealthDeclaration health, List<StoresItem> shipStores,
            List<CrewEffect> crewEffects) {
        this(header, vessel, portCall, consignments, crew, passengers, health, shipStores, crewEffects, List.of(),
                null, null);
    }

    /** A cargo filing: vessel, port call and consignments only. */
    public Filing(FilingHeader header, Vessel vessel, PortCall portCall, List<Consignment> consignments) {
        this(header, vessel, portCall, consignments, List.of(), List.of(), null, List.of(), List.of());
    }

    /**
     * The same filing with the transport's message id and carrier id in its header; this very filing when its header
     * has them already (so that what is derived from one filing object can be shared).
     */
    public Filing withTransport(String messageId, String carrierId) {
        if (Objects.equals(messageId, header.messageId()) && Objects.equals(carrierId, header.carrierId())) {
            return this;
        }
        FilingHeader h = new FilingHeader(header.lrn(), messageId, carrierId, header.function(), header.sentAt());
        return new Filing(h, vessel, portCall, consignments, crew, passengers, health, shipStores, crewEffects,
                crewSignOffs, security, waste, unmappedSegments, certificates);
    }
}
