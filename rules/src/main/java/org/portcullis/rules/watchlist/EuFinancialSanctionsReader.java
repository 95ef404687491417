package org.portcullis.rules.watchlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.portcullis.model.assessment.WatchlistVersion;
import org.portcullis.rules.screening.PersonWatchlistEntry;
import org.portcullis.rules.screening.WatchlistEntry;

/**
 * Reads the EU Financial Sanctions Files full list XML ({@code export} of {@code sanctionEntity} elements, namespace
 * http://eu.europa.ec/fpi/fsd/export): each entity of subject type {@code person} under its EU reference number
 * with its name aliases in every language and script given (weak aliases, {@code strong="false"}, are not screened),
 * dates of birth, citizenships and the numbers of its passports and identity cards; each {@code enterprise} with its
 * aliases and the country of its first address. The version is the file's {@code generationDate} and its SHA-256.
 */
final class EuFinancialSanctionsReader {

    private static final Set<String> IDENTITY_DOCUMENTS = Set.of("passport", "id");

    private final String file;

    EuFinancialSanctionsReader(String file) {
        this.file = file;
    }

    ImportedList read(byte[] content) {
        List<PersonWatchlistEntry> persons = new ArrayList<>();
        List<WatchlistEntry> parties = new ArrayList<>();
        AtomicInteger other = new AtomicInteger();
        String listName = ListFormat.EU_FSF.listName();
        XmlElement root = XmlRecords.read(file, content, "export", Set.of("sanctionEntity"), record -> {
            XmlElement subject = record.child("subjectType");
            String type = subject == null ? null : subject.attribute("code");
            if ("person".equals(type)) {
                persons.add(person(record, listName));
            } else if ("enterprise".equals(type)) {
                parties.add(enterprise(record, listName));
            } else if (type == null) {
                throw record.problem(file, "has no subjectType code (person or enterprise)");
            } else {
                other.incrementAndGet();
            }
        });
        return new ImportedList(listName, ListFormat.EU_FSF, new WatchlistVersion(ListFormat.EU_FSF.publisher(),
                root.dateAttribute(file, "generationDate"), ContentHash.of(content)), persons, parties, other.get());
    }

    private PersonWatchlistEntry person(XmlElement record, String listName) {
        String id = id(record);
        List<String> births = new ArrayList<>();
        for (XmlElement birth : record.children("birthdate")) {
            String date = birth.attribute("birthdate") != null ? birth.attribute("birthdate") : birth.attribute("year");
            if (date != null) {
                List<String> parsed = ListedDates.parse(date);
                if (parsed == null) {
                    throw birth.problem(file, "date of birth '" + date + "' of entry " + id
                            + " is neither a date (yyyy-MM-dd) nor a year");
                }
                births.addAll(parsed);
            }
        }
        List<String> nationalities = record.children("citizenship").stream()
                .map(citizenship -> CountryNames.alpha2(citizenship.attribute("countryIso2Code"))).toList();
        List<String> documents = new ArrayList<>();
        for (XmlElement identification : record.children("identification")) {
            if (IDENTITY_DOCUMENTS.contains(identification.attribute("identificationTypeCode"))) {
                documents.add(identification.attribute("number"));
                documents.add(identification.attribute("latinNumber"));
            }
        }
        return new PersonWatchlistEntry(listName, id, names(record, id), PersonWatchlistEntry.distinct(births),
                PersonWatchlistEntry.distinct(nationalities), PersonWatchlistEntry.distinct(documents),
                reason(record));
    }

    private WatchlistEntry enterprise(XmlElement record, String listName) {
        String id = id(record);
        XmlElement address = record.child("address");
        return new WatchlistEntry(listName, id, names(record, id),
                address == null ? null : CountryNames.alpha2(address.attribute("countryIso2Code")), reason(record));
    }

    private String id(XmlElement record) {
        String id = record.attribute("euReferenceNumber") != null ? record.attribute("euReferenceNumber")
                : record.attribute("logicalId");
        if (id == null) {
            throw record.problem(file, "has neither euReferenceNumber nor logicalId");
        }
        return id;
    }

    /** Whole names of the strong aliases, or the parts joined when only parts are given. */
    private List<String> names(XmlElement record, String id) {
        List<String> names = new ArrayList<>();
        for (XmlElement alias : record.children("nameAlias")) {
            if ("false".equals(alias.attribute("strong"))) {
                continue;
            }
            String whole = alias.attribute("wholeName");
            names.add(whole != null ? whole : String.join(" ", Stream.of(alias.attribute("firstName"),
                    alias.attribute("middleName"), alias.attribute("lastName")).filter(p -> p != null).toList()));
        }
        List<String> distinct = PersonWatchlistEntry.distinct(names);
        if (distinct.isEmpty()) {
            throw record.problem(file, "entry " + id + " has no name of a strong alias");
        }
        return distinct;
    }

    private static String reason(XmlElement record) {
        XmlElement regulation = record.child("regulation");
        String programme = regulation == null ? null : regulation.attribute("programme");
        String title = regulation == null ? null : regulation.attribute("numberTitle");
        return "EU restrictive measures" + (programme == null ? "" : " (" + programme + ")")
                + (title == null ? "" : ", " + title);
    }
}
