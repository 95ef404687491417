package org.portcullis.rules.watchlist;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.portcullis.model.assessment.WatchlistVersion;
import org.portcullis.rules.screening.PersonWatchlistEntry;
import org.portcullis.rules.screening.WatchlistEntry;

/**
 * Reads OFAC's SDN list in its XML format (SDN.XML: {@code sdnList} with {@code publshInformation} and
 * {@code sdnEntry} elements, schema sdn.xsd; OFAC keeps it in production beside the advanced format). Each entry of
 * {@code sdnType} Individual under its uid with its name and strong a.k.a.s (weak ones are not screened, as OFAC
 * advises), dates of birth ("12 Jan 1955", "1955", "circa 1955", "1955 to 1957"), nationalities and citizenships, and
 * the numbers of its passports and identity documents; each Entity with its strong a.k.a.s and the country of its
 * first address. Vessels and aircraft are counted, not screened as persons or parties. The version is the
 * {@code Publish_Date} and the SHA-256 of the file.
 */
final class OfacSdnReader {

    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT);

    private final String file;

    OfacSdnReader(String file) {
        this.file = file;
    }

    ImportedList read(byte[] content) {
        List<PersonWatchlistEntry> persons = new ArrayList<>();
        List<WatchlistEntry> parties = new ArrayList<>();
        AtomicInteger other = new AtomicInteger();
        AtomicReference<LocalDate> published = new AtomicReference<>();
        String listName = ListFormat.OFAC_SDN.listName();
        XmlElement root = XmlRecords.read(file, content, "sdnList", Set.of("publshInformation", "sdnEntry"), record -> {
            if (record.name().equals("publshInformation")) {
                published.set(published(record));
                return;
            }
            String type = record.text("sdnType");
            if ("Individual".equals(type)) {
                persons.add(individual(record, listName));
            } else if ("Entity".equals(type)) {
                parties.add(entity(record, listName));
            } else if (type == null) {
                throw record.problem(file, "has no sdnType");
            } else {
                other.incrementAndGet();
            }
        });
        if (published.get() == null) {
            throw root.problem(file, "has no publshInformation/Publish_Date: the list's version cannot be told");
        }
        return new ImportedList(listName, ListFormat.OFAC_SDN, new WatchlistVersion(ListFormat.OFAC_SDN.publisher(),
                published.get(), ContentHash.of(content)), persons, parties, other.get());
    }

    private LocalDate published(XmlElement information) {
        String date = information.text("Publish_Date");
        try {
            return LocalDate.parse(date == null ? "" : date, PUBLISHED);
        } catch (DateTimeParseException e) {
            throw information.problem(file, "Publish_Date '" + date + "' is not a date MM/dd/yyyy");
        }
    }

    private PersonWatchlistEntry individual(XmlElement record, String listName) {
        String id = id(record);
        List<String> births = new ArrayList<>();
        XmlElement birthList = record.child("dateOfBirthList");
        for (XmlElement item : birthList == null ? List.<XmlElement>of() : birthList.children("dateOfBirthItem")) {
            String date = item.text("dateOfBirth");
            List<String> parsed = date == null ? List.of() : ListedDates.parse(date);
            if (parsed == null) {
                throw item.child("dateOfBirth").problem(file, "date of birth '" + date + "' of entry " + id + " is none of the forms SDN"
                        + " lists use (12 Jan 1955, Jan 1955, 1955, circa 1955, 1955 to 1957)");
            }
            births.addAll(parsed);
        }
        List<String> nationalities = new ArrayList<>();
        for (String list : List.of("nationalityList", "citizenshipList")) {
            XmlElement countries = record.child(list);
            if (countries != null) {
                countries.children().forEach(country -> nationalities.add(CountryNames.alpha2(country.text("country"))));
            }
        }
        List<String> documents = new ArrayList<>();
        XmlElement ids = record.child("idList");
        for (XmlElement document : ids == null ? List.<XmlElement>of() : ids.children("id")) {
            String type = document.text("idType");
            if (type != null && (type.contains("Passport") || type.contains("National ID")
                    || type.contains("Identification") || type.contains("Cedula") || type.contains("Seaman"))) {
                documents.add(document.text("idNumber"));
            }
        }
        return new PersonWatchlistEntry(listName, id, names(record, id), PersonWatchlistEntry.distinct(births),
                PersonWatchlistEntry.distinct(nationalities), PersonWatchlistEntry.distinct(documents),
                reason(record));
    }

    private WatchlistEntry entity(XmlElement record, String listName) {
        String id = id(record);
        XmlElement addresses = record.child("addressList");
        XmlElement address = addresses == null ? null : addresses.child("address");
        return new WatchlistEntry(listName, id, names(record, id),
                address == null ? null : CountryNames.alpha2(address.text("country")), reason(record));
    }

    private String id(XmlElement record) {
        String uid = record.text("uid");
        if (uid == null) {
            throw record.problem(file, "has no uid");
        }
        return uid;
    }

    /** "FIRST LAST" of the entry and of its strong a.k.a.s. */
    private List<String> names(XmlElement record, String id) {
        List<String> names = new ArrayList<>();
        names.add(name(record));
        XmlElement akas = record.child("akaList");
        for (XmlElement aka : akas == null ? List.<XmlElement>of() : akas.children("aka")) {
            if (!"weak".equals(aka.text("category"))) {
                names.add(name(aka));
            }
        }
        List<String> distinct = PersonWatchlistEntry.distinct(names);
        if (record.text("lastName") == null || distinct.isEmpty()) {
            throw record.problem(file, "entry " + id + " has no lastName");
        }
        return distinct;
    }

    private static String name(XmlElement element) {
        return String.join(" ", Stream.of(element.text("firstName"), element.text("lastName"))
                .filter(part -> part != null).toList());
    }

    private static String reason(XmlElement record) {
        XmlElement programs = record.child("programList");
        List<String> names = programs == null ? List.of()
                : programs.children("program").stream().map(XmlElement::text).toList();
        return "OFAC SDN" + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")");
    }
}
