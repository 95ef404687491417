package org.portcullis.rules.watchlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The official consolidated lists (UN, EU, OFAC) that serve screening now. A refresh imports the new files, builds the
 * whole snapshot with them beside the lists it does not replace, and only then swaps it in, in one step: an
 * assessment takes the current snapshot once and screens every person of its filing against it, so no filing is
 * ever screened against half a list. A file that cannot be imported is refused with its line and column and the
 * serving lists stay as they are.
 */
public final class OfficialWatchlists {

    private static final Logger log = LoggerFactory.getLogger(OfficialWatchlists.class);

    private final AtomicReference<WatchlistSnapshot> current = new AtomicReference<>(WatchlistSnapshot.EMPTY);

    /**
     * Puts lists imported earlier live as they are, in one step (lists kept elsewhere, e.g. read back from a store
     * at start-up). Nothing is read or checked again.
     */
    public synchronized WatchlistSnapshot serve(Collection<ImportedList> lists) {
        WatchlistSnapshot next = WatchlistSnapshot.of(lists);
        current.set(next);
        return next;
    }

    /** The lists that serve now. */
    public WatchlistSnapshot current() {
        return current.get();
    }

    /**
     * Imports the files (each replaces the serving list of its format) and puts the new snapshot live.
     *
     * @throws WatchlistImportException when a file cannot be imported; nothing changes then
     */
    public synchronized WatchlistSnapshot refresh(ListFile... files) {
        Map<ListFormat, ImportedList> lists = new LinkedHashMap<>();
        current.get().lists().forEach(list -> lists.put(list.format(), list));
        List<ImportedList> imported = new ArrayList<>();
        for (ListFile file : files) {
            ImportedList list = file.format().read(file.fileName(), file.content());
            imported.add(list);
            lists.put(file.format(), list);
        }
        WatchlistSnapshot next = WatchlistSnapshot.of(lists.values());
        current.set(next);
        imported.forEach(list -> log.info("Watchlist {} now serving: {}, {} persons, {} parties, {} other entries not"
                + " screened", list.listName(), list.version(), list.persons().size(), list.parties().size(),
                list.otherEntries()));
        return next;
    }
}
