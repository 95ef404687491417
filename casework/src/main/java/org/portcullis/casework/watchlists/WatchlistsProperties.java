package org.portcullis.casework.watchlists;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.portcullis.rules.watchlist.ListFormat;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where operators put the official lists as published (no network fetch: they download the files and drop them
 * there), and how often the application looks at them.
 *
 * @param unConsolidated the UN Security Council Consolidated List XML; none: the list is not screened
 * @param euFsf the EU Financial Sanctions Files full list XML 1.1
 * @param ofacSdn OFAC's SDN.XML
 * @param checkInterval how often each file is looked at; a changed file (time or size) is imported
 * @param refreshInterval how often each file is imported again even when it looks unchanged
 */
@ConfigurationProperties("portcullis.watchlists")
public record WatchlistsProperties(String unConsolidated, String euFsf, String ofacSdn, Duration checkInterval,
        Duration refreshInterval) {

    public WatchlistsProperties {
        checkInterval = checkInterval == null ? Duration.ofSeconds(10) : checkInterval;
        refreshInterval = refreshInterval == null ? Duration.ofHours(24) : refreshInterval;
    }

    /** The configured files by format. */
    Map<ListFormat, String> files() {
        Map<ListFormat, String> files = new LinkedHashMap<>();
        put(files, ListFormat.UN_CONSOLIDATED, unConsolidated);
        put(files, ListFormat.EU_FSF, euFsf);
        put(files, ListFormat.OFAC_SDN, ofacSdn);
        return files;
    }

    private static void put(Map<ListFormat, String> files, ListFormat format, String path) {
        if (path != null && !path.isBlank()) {
            files.put(format, path.strip());
        }
    }
}
