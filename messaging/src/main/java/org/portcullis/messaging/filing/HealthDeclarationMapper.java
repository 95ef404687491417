package org.portcullis.messaging.filing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.filing.HealthAnswer;
import org.portcullis.model.filing.HealthDeclaration;
import org.portcullis.model.filing.HealthQuestions;
import org.portcullis.model.filing.IllPerson;
import org.portcullis.model.filing.RecentPortCall;
import org.portcullis.model.filing.SanitationCertificate;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.UnLocode;

/**
 * The Maritime Declaration of Health of a document that passed the schema: the summary of version 1.0 and the full
 * declaration of 1.1 (health questions, sanitation certificate, ports visited, ill persons), every code and date
 * checked with the JSON Pointer of its element.
 */
final class HealthDeclarationMapper {

    private static final String AT = "/health";

    private final ValueCollector values;

    HealthDeclarationMapper(ValueCollector values) {
        this.values = values;
    }

    HealthDeclaration health(JsonNode root) {
        JsonNode h = root.get("health");
        if (h == null || h.isNull()) {
            return null;
        }
        return new HealthDeclaration(h.path("personsIll").asInt(), h.path("deaths").asInt(),
                ValueCollector.bool(h, "suspectedInfectiousDisease"), ValueCollector.text(h, "details"),
                questions(h.get("questions")), certificate(h.get("sanitationCertificate")),
                answer(h.get("affectedAreaVisited")), portsVisited(h), illPersons(h),
                ValueCollector.integer(h, "crewOnBoard"), ValueCollector.integer(h, "passengersOnBoard"));
    }

    private static HealthQuestions questions(JsonNode q) {
        if (q == null || q.isNull()) {
            return null;
        }
        return new HealthQuestions(answer(q.get("deathsOtherThanByAccident")),
                answer(q.get("suspectedInfectiousDisease")), answer(q.get("illnessAboveNormal")),
                answer(q.get("illPersonsOnBoard")), answer(q.get("medicalPractitionerConsulted")),
                answer(q.get("conditionLikelyToSpreadDisease")), answer(q.get("sanitaryMeasuresApplied")),
                answer(q.get("stowawaysFound")), answer(q.get("sickAnimalOnBoard")));
    }

    private static HealthAnswer answer(JsonNode a) {
        return a == null || a.isNull() ? null
                : new HealthAnswer(ValueCollector.bool(a, "answer"), ValueCollector.text(a, "details"));
    }

    private SanitationCertificate certificate(JsonNode c) {
        if (c == null || c.isNull()) {
            return null;
        }
        String at = AT + "/sanitationCertificate";
        return new SanitationCertificate(
                SanitationCertificate.SanitationCertificateType.valueOf(ValueCollector.text(c, "type")),
                values.code(c, "issuedAt", at, UnLocode::of), ValueCollector.text(c, "issuer"),
                values.date(c, "dateOfIssue", at), values.date(c, "expiry", at),
                ValueCollector.bool(c, "reinspectionRequired"));
    }

    private List<RecentPortCall> portsVisited(JsonNode h) {
        List<RecentPortCall> ports = new ArrayList<>();
        JsonNode array = h.path("portsVisited");
        for (int i = 0; i < array.size(); i++) {
            String at = AT + "/portsVisited/" + i;
            UnLocode port = values.code(array.get(i), "port", at, UnLocode::of);
            var departure = values.date(array.get(i), "departure", at);
            if (port != null) {
                ports.add(new RecentPortCall(port, departure));
            }
        }
        return ports;
    }

    private List<IllPerson> illPersons(JsonNode h) {
        List<IllPerson> persons = new ArrayList<>();
        JsonNode array = h.path("illPersons");
        for (int i = 0; i < array.size(); i++) {
            JsonNode p = array.get(i);
            String at = AT + "/illPersons/" + i;
            String disposal = ValueCollector.text(p, "disposal");
            persons.add(new IllPerson(ValueCollector.text(p, "name"), ValueCollector.text(p, "classOrRating"),
                    ValueCollector.integer(p, "age"), ValueCollector.text(p, "sex"),
                    values.code(p, "nationality", at, CountryCode::of), values.code(p, "portJoined", at, UnLocode::of),
                    values.date(p, "dateJoined", at), ValueCollector.text(p, "natureOfIllness"),
                    values.date(p, "onsetOfSymptoms", at), ValueCollector.bool(p, "reportedToPortMedicalOfficer"),
                    disposal == null ? null : IllPerson.Disposal.valueOf(disposal), ValueCollector.text(p, "treatment"),
                    ValueCollector.text(p, "comments")));
        }
        return persons;
    }
}
