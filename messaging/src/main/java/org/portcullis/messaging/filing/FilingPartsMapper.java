package org.portcullis.messaging.filing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.filing.Booking;
import org.portcullis.model.filing.CrewEffect;
import org.portcullis.model.filing.CrewSignOff;
import org.portcullis.model.filing.Guardian;
import org.portcullis.model.filing.GuardianRelation;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.model.filing.StoresItem;
import org.portcullis.model.filing.TravelDocument;
import org.portcullis.model.traveldocument.Mrz;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.UnLocode;

/**
 * The parts of a filing beside vessel, port call and cargo: crew (FAL 5), passengers (FAL 6), crew sign-offs, ship's
 * stores (FAL 3) and crew effects (FAL 4) (health: {@link HealthDeclarationMapper}), with every code checked against
 * its value type (an MRZ against ICAO Doc 9303's layouts).
 */
final class FilingPartsMapper {

    private final ValueCollector values;

    FilingPartsMapper(ValueCollector values) {
        this.values = values;
    }

    List<Person> persons(JsonNode root, String field, PersonRole role) {
        List<Person> persons = new ArrayList<>();
        JsonNode array = root.path(field);
        for (int i = 0; i < array.size(); i++) {
            persons.add(person(array.get(i), "/" + field + "/" + i, role));
        }
        return persons;
    }

    private Person person(JsonNode p, String at, PersonRole role) {
        JsonNode d = p.get("travelDocument");
        String documentAt = at + "/travelDocument";
        Mrz mrz = d == null ? null : values.code(d, "mrz", documentAt, Mrz::parse);
        TravelDocument document = d == null ? null
                : new TravelDocument(ValueCollector.text(d, "type"), ValueCollector.text(d, "number"),
                        values.code(d, "issuingState", documentAt, CountryCode::of), values.date(d, "expiry", documentAt),
                        mrz == null ? null : mrz.text());
        return new Person(role, ValueCollector.text(p, "familyName"), ValueCollector.text(p, "givenNames"),
                ValueCollector.text(p, "sex"), values.date(p, "dateOfBirth", at), ValueCollector.text(p, "placeOfBirth"),
                values.code(p, "countryOfBirth", at, CountryCode::of), values.code(p, "nationality", at, CountryCode::of),
                document, ValueCollector.text(p, "rank"), values.code(p, "portOfEmbarkation", at, UnLocode::of),
                values.code(p, "portOfDisembarkation", at, UnLocode::of), ValueCollector.bool(p, "transit"),
                values.date(p, "embarkationDate", at), guardian(p.get("guardian")), booking(p.get("booking"), at));
    }

    private static Guardian guardian(JsonNode g) {
        if (g == null || g.isNull()) {
            return null;
        }
        String relation = ValueCollector.text(g, "relation");
        return new Guardian(ValueCollector.text(g, "documentNumber"),
                relation == null ? null : GuardianRelation.valueOf(relation));
    }

    private Booking booking(JsonNode b, String at) {
        if (b == null || b.isNull()) {
            return null;
        }
        JsonNode oneWay = b.get("oneWay");
        return new Booking(ValueCollector.text(b, "reference"), values.date(b, "bookedOn", at + "/booking"),
                ValueCollector.text(b, "paymentMethod"), oneWay == null || oneWay.isNull() ? null : oneWay.asBoolean());
    }

    /** The crew members the filing says signed off since the last port call. */
    List<CrewSignOff> crewSignOffs(JsonNode root) {
        List<CrewSignOff> signOffs = new ArrayList<>();
        JsonNode array = root.path("crewSignOffs");
        for (int i = 0; i < array.size(); i++) {
            JsonNode s = array.get(i);
            String at = "/crewSignOffs/" + i;
            signOffs.add(new CrewSignOff(ValueCollector.text(s, "familyName"), ValueCollector.text(s, "givenNames"),
                    ValueCollector.text(s, "documentNumber"), values.code(s, "port", at, UnLocode::of),
                    values.date(s, "date", at)));
        }
        return signOffs;
    }

    static List<StoresItem> shipStores(JsonNode root) {
        List<StoresItem> items = new ArrayList<>();
        root.path("shipStores").forEach(s -> items.add(new StoresItem(ValueCollector.text(s, "description"),
                ValueCollector.decimal(s, "quantity"), ValueCollector.text(s, "unit"),
                ValueCollector.text(s, "locationOnBoard"))));
        return items;
    }

    static List<CrewEffect> crewEffects(JsonNode root) {
        List<CrewEffect> effects = new ArrayList<>();
        root.path("crewEffects").forEach(e -> effects.add(new CrewEffect(ValueCollector.text(e, "crewMember"),
                ValueCollector.text(e, "description"), ValueCollector.decimal(e, "quantity"))));
        return effects;
    }
}
