package org.portcullis.casework.watchlists;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.portcullis.casework.rules.NodeName;
import org.portcullis.rules.watchlist.ContentHash;
import org.portcullis.rules.watchlist.ImportedList;
import org.portcullis.rules.watchlist.ListFormat;
import org.portcullis.rules.watchlist.OfficialWatchlists;
import org.portcullis.rules.watchlist.WatchlistImportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the official lists in service from the files operators drop where {@link WatchlistsProperties} says: all
 * of them once when the application starts (before any assessment), then each file again when its time or size
 * changes or its refresh interval passed. The files read in one look are imported each on its own, and the good
 * ones are put live together in one step; a file that is refused (with its line and column) or missing leaves its
 * list serving as it was. Every import and refusal is recorded ({@link ListImports}) for the rules pages.
 */
@Component
public class OfficialListFiles {

    private static final Logger log = LoggerFactory.getLogger(OfficialListFiles.class);

    private final OfficialWatchlists lists;
    private final WatchlistsProperties properties;
    private final ListImports imports;
    private final String node;
    private final Clock clock;
    private final Map<ListFormat, Seen> seen = new EnumMap<>(ListFormat.class);

    OfficialListFiles(OfficialWatchlists lists, WatchlistsProperties properties, ListImports imports,
            NodeName node, Clock clock) {
        this.lists = lists;
        this.properties = properties;
        this.imports = imports;
        this.node = node.name();
        this.clock = clock;
    }

    @PostConstruct
    void importAtStart() {
        check();
    }

    /** Looks at every configured file and imports those that changed or are due. */
    @Scheduled(fixedDelayString = "${portcullis.watchlists.check-interval:PT10S}",
            initialDelayString = "${portcullis.watchlists.check-interval:PT10S}")
    public synchronized void check() {
        Instant now = clock.instant();
        Map<ListFormat, ImportedList> serving = new LinkedHashMap<>();
        lists.current().lists().forEach(list -> serving.put(list.format(), list));
        boolean changed = false;
        for (var configured : properties.files().entrySet()) {
            changed |= look(configured.getKey(), Path.of(configured.getValue()), now, serving);
        }
        if (changed) {
            lists.serve(serving.values());
        }
    }

    /** True when the file gave a new list to serve. */
    private boolean look(ListFormat format, Path file, Instant now, Map<ListFormat, ImportedList> serving) {
        Seen before = seen.get(format);
        byte[] content;
        FileState state;
        try {
            state = new FileState(Files.getLastModifiedTime(file).toMillis(), Files.size(file));
            if (before != null && before.state().equals(state)
                    && now.isBefore(before.readAt().plus(properties.refreshInterval()))) {
                return false;
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            if (before == null || before.state() != null) {
                seen.put(format, new Seen(null, now, ""));
                refuse(format, file, "", now, new WatchlistImportException(file.getFileName().toString(), 0, 0,
                        "cannot be read (" + e.getClass().getSimpleName() + "); the list serving stays"));
            }
            return false;
        }
        String hash = ContentHash.of(content);
        seen.put(format, new Seen(state, now, hash));
        if (before != null && hash.equals(before.hash())) {
            return false;
        }
        try {
            ImportedList list = format.read(file.getFileName().toString(), content);
            serving.put(format, list);
            imports.record(new ListImport(node, list.listName(), file.getFileName().toString(), hash, now, true,
                    list.version().toString(), list.persons().size(), list.parties().size(), null, null, null));
            log.info("Official list {} read from {}: {}, {} persons, {} parties", list.listName(), file,
                    list.version(), list.persons().size(), list.parties().size());
            return true;
        } catch (WatchlistImportException refused) {
            refuse(format, file, hash, now, refused);
            return false;
        }
    }

    private void refuse(ListFormat format, Path file, String hash, Instant now, WatchlistImportException refused) {
        log.warn("Official list {} refused, the list serving stays: {}", format.listName(), refused.getMessage());
        imports.record(new ListImport(node, format.listName(), file.getFileName().toString(), hash, now, false, null,
                null, null, refused.problem(), refused.line(), refused.column()));
    }

    private record FileState(long modifiedMillis, long size) {
    }

    /** What a look at a file found: its state (null when unreadable), when it was read and its content's hash. */
    private record Seen(FileState state, Instant readAt, String hash) {
    }
}
