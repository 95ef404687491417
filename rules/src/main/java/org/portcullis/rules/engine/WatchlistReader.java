package org.portcullis.rules.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.portcullis.model.assessment.WatchlistVersion;
import org.portcullis.model.value.CountryCode;
import org.portcullis.rules.screening.PartyWatchlist;
import org.portcullis.rules.screening.PersonWatchlist;
import org.portcullis.rules.screening.PersonWatchlistEntry;
import org.portcullis.rules.screening.WatchlistEntry;
import org.portcullis.rules.watchlist.ContentHash;

/**
 * Reads the watchlists of a rule set: {@code reference/watchlists/parties/*.csv} (entryId, name, country, reason)
 * and {@code reference/watchlists/persons/*.csv} (entryId, name, dateOfBirth, nationality, documentNumber,
 * reason). The file name is the list's name. Every bad row is a problem with file and line; none is skipped
 * silently.
 */
final class WatchlistReader {

    static final String FOLDER = "reference/watchlists/";
    static final String PARTIES = FOLDER + "parties/";
    static final String PERSONS = FOLDER + "persons/";

    private final List<RuleProblem> problems;

    WatchlistReader(List<RuleProblem> problems) {
        this.problems = problems;
    }

    ReferenceData.Watchlists read(RuleSources sources, String contentHash) {
        List<WatchlistEntry> parties = new ArrayList<>();
        List<PersonWatchlistEntry> persons = new ArrayList<>();
        Map<String, WatchlistVersion> partyVersions = new HashMap<>();
        Map<String, WatchlistVersion> personVersions = new HashMap<>();
        for (Map.Entry<String, byte[]> file : sources.withSuffix(".csv").entrySet()) {
            String path = file.getKey();
            if (path.startsWith(PARTIES)) {
                parties.addAll(parties(path, listName(path, PARTIES), sources.text(path)));
                partyVersions.put(listName(path, PARTIES), version(path, file.getValue()));
            } else if (path.startsWith(PERSONS)) {
                persons.addAll(persons(path, listName(path, PERSONS), sources.text(path)));
                personVersions.put(listName(path, PERSONS), version(path, file.getValue()));
            } else if (path.startsWith(FOLDER)) {
                problems.add(new RuleProblem(path, 0, "a watchlist belongs in " + PARTIES + " or " + PERSONS));
            }
        }
        return new ReferenceData.Watchlists(contentHash, new PartyWatchlist(parties, partyVersions),
                new PersonWatchlist(persons, personVersions));
    }

    /** The version of a rule set's own list: the file, published with the rule set, and the SHA-256 of its bytes. */
    private static WatchlistVersion version(String path, byte[] content) {
        return new WatchlistVersion("rule set " + path, null, ContentHash.of(content));
    }

    private static String listName(String path, String folder) {
        return path.substring(folder.length(), path.length() - ".csv".length());
    }

    private List<WatchlistEntry> parties(String file, String list, String text) {
        List<WatchlistEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvRows.Row row : CsvRows.read(file, text, List.of("entryId", "name", "country"), problems)) {
            String id = row.get("entryId");
            String country = row.getOrNull("country");
            if (required(file, row, id, row.get("name")) && country(file, row, "country", country)
                    && unique(file, row, ids, id)) {
                entries.add(new WatchlistEntry(list, id, row.get("name"), country, row.get("reason")));
            }
        }
        return entries;
    }

    private List<PersonWatchlistEntry> persons(String file, String list, String text) {
        List<PersonWatchlistEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> columns = List.of("entryId", "name", "dateOfBirth", "nationality", "documentNumber");
        for (CsvRows.Row row : CsvRows.read(file, text, columns, problems)) {
            String id = row.get("entryId");
            String nationality = row.getOrNull("nationality");
            String birth = row.getOrNull("dateOfBirth");
            if (required(file, row, id, row.get("name")) && country(file, row, "nationality", nationality)
                    && dateOfBirth(file, row, birth) && unique(file, row, ids, id)) {
                entries.add(new PersonWatchlistEntry(list, id, row.get("name"), birth, nationality,
                        row.getOrNull("documentNumber"), row.get("reason")));
            }
        }
        return entries;
    }

    private boolean required(String file, CsvRows.Row row, String id, String name) {
        if (id.isEmpty() || name.isEmpty()) {
            problem(file, row, "entryId and name are required");
            return false;
        }
        return true;
    }

    private boolean country(String file, CsvRows.Row row, String column, String value) {
        if (value != null && !CountryCode.isKnown(value)) {
            problem(file, row, column + " '" + value + "' is not an ISO 3166-1 alpha-2 code");
            return false;
        }
        return true;
    }

    private boolean dateOfBirth(String file, CsvRows.Row row, String value) {
        if (value == null || value.matches("\\d{4}")) {
            return true;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            problem(file, row, "dateOfBirth '" + value + "' is neither yyyy-MM-dd nor a year");
            return false;
        }
    }

    private boolean unique(String file, CsvRows.Row row, Set<String> ids, String id) {
        if (!ids.add(id)) {
            problem(file, row, "entryId " + id + " is used twice in this list");
            return false;
        }
        return true;
    }

    private void problem(String file, CsvRows.Row row, String message) {
        problems.add(new RuleProblem(file, (int) row.line(), message));
    }
}
