package org.portcullis.rules.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.model.traveldocument.CheckDigitFailure;
import org.portcullis.model.traveldocument.Mrz;
import org.portcullis.model.traveldocument.MrzBuilder;
import org.portcullis.model.traveldocument.MrzCrossCheck;
import org.portcullis.model.traveldocument.MrzDiscrepancy;
import org.portcullis.rules.fact.CrewSignOffFact;
import org.portcullis.rules.fact.MrzFact;
import org.portcullis.rules.fact.PassengerBooking;
import org.portcullis.rules.fact.PersonFact;
import org.portcullis.rules.fact.StayDates;

/**
 * The facts about the persons on board: one {@link PersonFact} per crew member and passenger (with the days they
 * arrive and leave the port area, and their booking), an {@link MrzFact} per travel document with an MRZ layout, and
 * a {@link CrewSignOffFact} per declared sign-off.
 */
final class PersonFacts {

    private PersonFacts() {
    }

    static void add(List<Object> facts, Filing filing) {
        var portCall = filing.portCall();
        LocalDate arrival = LocalDate.ofInstant(portCall.eta(), ZoneOffset.UTC);
        LocalDate departure = portCall.etd() == null ? null : LocalDate.ofInstant(portCall.etd(), ZoneOffset.UTC);
        String port = portCall.portOfCall().value();
        Map<String, Integer> parties = new HashMap<>();
        filing.passengers().stream().filter(p -> p.booking() != null && p.booking().reference() != null)
                .forEach(p -> parties.merge(p.booking().reference(), 1, Integer::sum));
        int ordinal = 0;
        for (List<Person> list : List.of(filing.crew(), filing.passengers())) {
            for (Person person : list) {
                StayDates stay = stay(person, port, arrival, departure);
                PassengerBooking booking = person.booking() == null ? null : new PassengerBooking(person.booking(),
                        parties.getOrDefault(person.booking().reference(), 1),
                        person.embarkationDate() != null ? person.embarkationDate() : arrival);
                PersonFact fact = new PersonFact(person, ordinal++, stay, booking);
                facts.add(fact);
                MrzFact mrz = mrz(fact);
                if (mrz != null) {
                    facts.add(mrz);
                }
            }
        }
        filing.crewSignOffs().forEach(signOff -> facts.add(new CrewSignOffFact(signOff)));
    }

    /** A passenger who disembarks here leaves on arrival; everyone else with the vessel. */
    static StayDates stay(Person person, String portOfCall, LocalDate arrival, LocalDate departure) {
        boolean disembarksHere = person.role() == PersonRole.PASSENGER && !person.transit()
                && person.portOfDisembarkation() != null && person.portOfDisembarkation().value().equals(portOfCall);
        if (disembarksHere) {
            return new StayDates(arrival, arrival, false, departure != null);
        }
        return new StayDates(arrival, departure == null ? arrival : departure, true, departure != null);
    }

    /** The MRZ the person's document carries, checked; or the one its declared fields make; or null. */
    private static MrzFact mrz(PersonFact fact) {
        Person person = fact.person();
        String declared = person.travelDocument() == null ? null : person.travelDocument().mrz();
        if (declared == null) {
            return MrzBuilder.of(person).map(built -> new MrzFact(fact, built, false, List.of(), List.of()))
                    .orElse(null);
        }
        try {
            Mrz mrz = Mrz.parse(declared);
            return new MrzFact(fact, mrz, true,
                    mrz.checkDigitFailures().stream().map(CheckDigitFailure::toString).toList(),
                    MrzCrossCheck.compare(mrz, person).stream().map(MrzDiscrepancy::toString).toList());
        } catch (InvalidValueException e) {
            return MrzBuilder.of(person).map(built -> new MrzFact(fact, built, true, List.of(),
                    List.of("the MRZ cannot be read: " + e.getMessage()))).orElse(null);
        }
    }
}
