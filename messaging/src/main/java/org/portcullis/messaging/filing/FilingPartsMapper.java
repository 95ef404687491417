package org.portcullis.messaging.filing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.filing.CrewEffect;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.model.filing.StoresItem;
import org.portcullis.model.filing.TravelDocument;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.UnLocode;

/**
 * The parts of a filing beside vessel, port call and cargo: crew (FAL 5), passengers (FAL 6), health, ship's
 * stores (FAL 3) and crew effects (FAL 4) (health: {@link HealthDeclarationMapper}), with every code checked against its value type.
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
        TravelDocument document = d == null ? null
                : new TravelDocument(ValueCollector.text(d, "type"), ValueCollector.text(d, "number"),
                        values.code(d, "issuingState", at + "/travelDocument", CountryCode::of),
                        values.date(d, "expiry", at + "/travelDocument"));
        return new Person(role, ValueCollector.text(p, "familyName"), ValueCollector.text(p, "givenNames"),
                ValueCollector.text(p, "sex"), values.date(p, "dateOfBirth", at), ValueCollector.text(p, "placeOfBirth"),
                values.code(p, "countryOfBirth", at, CountryCode::of), values.code(p, "nationality", at, CountryCode::of),
                document, ValueCollector.text(p, "rank"), values.code(p, "portOfEmbarkation", at, UnLocode::of),
                values.code(p, "portOfDisembarkation", at, UnLocode::of), ValueCollector.bool(p, "transit"));
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
