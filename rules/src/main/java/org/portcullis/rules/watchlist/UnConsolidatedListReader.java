package org.portcullis.rules.watchlist;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.portcullis.model.assessment.WatchlistVersion;
import org.portcullis.rules.screening.PersonWatchlistEntry;
import org.portcullis.rules.screening.WatchlistEntry;

/**
 * Reads the UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST} with {@code INDIVIDUALS} and
 * {@code ENTITIES}, published at https://scsanctions.un.org/resources/xml/en/consolidated.xml): each individual
 * under its reference number with its names (first to fourth name, the name in its original script, the aliases of
 * good quality; low-quality aliases are not screened), dates of birth (exact, approximate, between two years),
 * nationalities and document numbers; each entity with its aliases and the country of its first address. The
 * version is the list's {@code dateGenerated} and the SHA-256 of the file.
 */
final class UnConsolidatedListReader {

    private final String file;

    UnConsolidatedListReader(String file) {
        this.file = file;
    }

    ImportedList read(byte[] content) {
        List<PersonWatchlistEntry> persons = new ArrayList<>();
        List<WatchlistEntry> parties = new ArrayList<>();
        String listName = ListFormat.UN_CONSOLIDATED.listName();
        XmlElement root = XmlRecords.read(file, content, "CONSOLIDATED_LIST", Set.of("INDIVIDUAL", "ENTITY"),
                record -> {
                    if (record.name().equals("INDIVIDUAL")) {
                        persons.add(individual(record, listName));
                    } else {
                        parties.add(entity(record, listName));
                    }
                });
        return new ImportedList(listName, ListFormat.UN_CONSOLIDATED, new WatchlistVersion(
                ListFormat.UN_CONSOLIDATED.publisher(), root.dateAttribute(file, "dateGenerated"), ContentHash.of(content)), persons, parties, 0);
    }

    private PersonWatchlistEntry individual(XmlElement record, String listName) {
        String id = id(record);
        String name = String.join(" ", Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
                .map(record::text).filter(part -> part != null).toList());
        List<String> names = new ArrayList<>();
        names.add(name);
        names.add(record.text("NAME_ORIGINAL_SCRIPT"));
        names.addAll(aliases(record, "INDIVIDUAL_ALIAS"));
        List<String> distinct = PersonWatchlistEntry.distinct(names);
        if (distinct.isEmpty()) {
            throw record.problem(file, "entry " + id + " has no name");
        }
        List<String> births = new ArrayList<>();
        for (XmlElement birth : record.children("INDIVIDUAL_DATE_OF_BIRTH")) {
            births.addAll(birth(birth));
        }
        List<String> nationalities = new ArrayList<>();
        XmlElement nationality = record.child("NATIONALITY");
        if (nationality != null) {
            nationality.children("VALUE").forEach(value -> nationalities.add(CountryNames.alpha2(value.text())));
        }
        List<String> documents = record.children("INDIVIDUAL_DOCUMENT").stream()
                .map(document -> document.text("NUMBER")).toList();
        return new PersonWatchlistEntry(listName, id, distinct, PersonWatchlistEntry.distinct(births),
                PersonWatchlistEntry.distinct(nationalities), PersonWatchlistEntry.distinct(documents), reason(record));
    }

    private WatchlistEntry entity(XmlElement record, String listName) {
        String id = id(record);
        List<String> names = new ArrayList<>();
        names.add(record.text("FIRST_NAME"));
        names.add(record.text("NAME_ORIGINAL_SCRIPT"));
        names.addAll(aliases(record, "ENTITY_ALIAS"));
        List<String> distinct = PersonWatchlistEntry.distinct(names);
        if (distinct.isEmpty()) {
            throw record.problem(file, "entry " + id + " has no name");
        }
        XmlElement address = record.child("ENTITY_ADDRESS");
        return new WatchlistEntry(listName, id, distinct,
                address == null ? null : CountryNames.alpha2(address.text("COUNTRY")), reason(record));
    }

    private String id(XmlElement record) {
        String id = record.text("REFERENCE_NUMBER") != null ? record.text("REFERENCE_NUMBER") : record.text("DATAID");
        if (id == null) {
            throw record.problem(file, "has neither REFERENCE_NUMBER nor DATAID");
        }
        return id;
    }

    /** Aliases of good quality ("Good", "a.k.a.", "f.k.a."), several in one element separated by "; ". */
    private static List<String> aliases(XmlElement record, String element) {
        List<String> names = new ArrayList<>();
        for (XmlElement alias : record.children(element)) {
            String quality = alias.text("QUALITY");
            String name = alias.text("ALIAS_NAME");
            if (name != null && !"Low".equalsIgnoreCase(quality)) {
                names.addAll(List.of(name.split("; ")));
            }
        }
        return names;
    }

    private List<String> birth(XmlElement birth) {
        String date = birth.text("DATE");
        String year = birth.text("YEAR");
        String from = birth.text("FROM_YEAR");
        String to = birth.text("TO_YEAR");
        List<String> dates = date != null ? ListedDates.parse(date)
                : year != null ? ListedDates.parse(year)
                : from != null && to != null && from.matches("\\d{4}") && to.matches("\\d{4}")
                        ? ListedDates.years(Integer.parseInt(from), Integer.parseInt(to)) : List.of();
        if (dates == null) {
            XmlElement at = birth.child(date != null ? "DATE" : year != null ? "YEAR" : "FROM_YEAR");
            throw (at == null ? birth : at).problem(file, "date of birth '" + (date != null ? date
                    : year != null ? year : from + " to " + to)
                    + "' is neither a date (yyyy-MM-dd), a year nor a range of years");
        }
        return dates;
    }

    private static String reason(XmlElement record) {
        String listType = record.text("UN_LIST_TYPE");
        String listedOn = record.text("LISTED_ON");
        return "UN Security Council sanctions" + (listType == null ? "" : " (" + listType + ")")
                + (listedOn == null ? "" : ", listed on " + listedOn);
    }
}
