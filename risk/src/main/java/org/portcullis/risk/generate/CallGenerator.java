package org.portcullis.risk.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.FilingHeader;
import org.portcullis.model.filing.MessageFunction;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.PortVisit;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.model.value.UnLocode;

/**
 * Makes one port call: a ship of a carrier on one of the services, the ports it called at on the way, when it was
 * filed (hours to two weeks before its ETA), when it really arrived, and its consignments.
 */
final class CallGenerator {

    private final Dice dice;
    private final Catalogue catalogue;
    private final Equipment equipment;
    private final ConsignmentGenerator consignments;
    private long serial;

    CallGenerator(Dice dice, Catalogue catalogue, Equipment equipment, ConsignmentGenerator consignments) {
        this.dice = dice;
        this.catalogue = catalogue;
        this.equipment = equipment;
        this.consignments = consignments;
    }

    DraftCall call(String port, Instant eta) {
        serial++;
        Catalogue.Service service = dice.pick(catalogue.services(), Catalogue.Service::weight);
        int carrierIndex = dice.between(0, Equipment.CARRIERS.size() - 1);
        String carrier = Equipment.CARRIERS.get(carrierIndex);
        List<PortVisit> previous = previousPorts(service, eta);
        Duration lead = Duration.ofMinutes((long) (60 * (6 + dice.exponential(80))));
        lead = lead.compareTo(Duration.ofDays(14)) > 0 ? Duration.ofDays(14).minusHours(dice.between(0, 48)) : lead;
        Instant filedAt = eta.minus(lead);
        Instant arrivedAt = eta.plus(Duration.ofMinutes((long) (dice.normal() * 360)));
        String mrn = Mrn.issue(eta.atZone(java.time.ZoneOffset.UTC).getYear(), new CountryCode("NL"), serial).value();
        PortCall portCall = new PortCall(carrier + String.format("%04d", serial % 10_000), new UnLocode(port), eta,
                null, 1, previous);
        FilingHeader header = new FilingHeader("LRN-" + carrier + "-" + serial, "MSG-" + serial, carrier,
                MessageFunction.ORIGINAL, filedAt);
        List<DraftConsignment> drafts = new ArrayList<>();
        int count = 8 + dice.poisson(14);
        for (int i = 0; i < count; i++) {
            drafts.add(consignments.consignment(carrier, service, previous, port));
        }
        Filing filing = new Filing(header, equipment.vessel(dice, carrierIndex), portCall,
                drafts.stream().map(DraftConsignment::consignment).toList());
        return new DraftCall(mrn, filing, arrivedAt, drafts);
    }

    /** Three to five of the service's ports, the latest last, a day or more apart. */
    private List<PortVisit> previousPorts(Catalogue.Service service, Instant eta) {
        List<String> ports = new ArrayList<>(service.ports());
        int keep = Math.min(ports.size(), dice.between(3, 5));
        while (ports.size() > keep) {
            ports.remove(dice.between(0, ports.size() - 1));
        }
        List<PortVisit> visits = new ArrayList<>();
        Instant departure = eta.minus(Duration.ofHours(dice.between(30, 120)));
        for (int i = ports.size() - 1; i >= 0; i--) {
            Instant arrival = departure.minus(Duration.ofHours(dice.between(12, 36)));
            visits.add(0, new PortVisit(new UnLocode(ports.get(i)), arrival, departure, 1));
            departure = arrival.minus(Duration.ofHours(dice.between(24, 96)));
        }
        return visits;
    }
}
