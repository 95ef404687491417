package org.portcullis.rules.watchlist;

import java.util.List;
import org.portcullis.model.assessment.WatchlistVersion;
import org.portcullis.rules.screening.PersonWatchlistEntry;
import org.portcullis.rules.screening.WatchlistEntry;

/**
 * One official list as imported: its name, its version (publisher, publication date, content hash), the listed
 * persons and parties, and how many entries of other kinds (vessels, aircraft) it holds that screening of persons
 * and parties does not use.
 */
public record ImportedList(String listName, ListFormat format, WatchlistVersion version,
        List<PersonWatchlistEntry> persons, List<WatchlistEntry> parties, int otherEntries) {

    public ImportedList {
        persons = List.copyOf(persons);
        parties = List.copyOf(parties);
    }
}
