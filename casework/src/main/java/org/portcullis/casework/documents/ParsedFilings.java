package org.portcullis.casework.documents;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.model.filing.Filing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Stored filing documents as parsed, kept in memory by their SHA-256 so that a filing is parsed once per node, not
 * once more by every assessment that reads it (customs' and each other agency's). The stored document stays the
 * source of truth: an entry is only ever what parsing that very content gives (the content address is the key), so
 * a node that restarted, or another node, simply parses the stored document again. Bounded by the size of the
 * documents it holds (Caffeine's size eviction).
 */
@Component
public class ParsedFilings {

    /** About 280 filings of 50 consignments (28 KB of JSON each); a parsed filing takes a few times its text. */
    static final long DEFAULT_CAPACITY_CHARS = 8L << 20;

    private final FilingDocuments documents;
    private final long capacityChars;
    private final Cache<String, Parsed> bySha256;

    @Autowired
    public ParsedFilings(FilingDocuments documents) {
        this(documents, DEFAULT_CAPACITY_CHARS);
    }

    ParsedFilings(FilingDocuments documents, long capacityChars) {
        this.documents = documents;
        this.capacityChars = capacityChars;
        this.bySha256 = Caffeine.newBuilder().maximumWeight(capacityChars)
                .weigher((String sha256, Parsed parsed) -> parsed.chars()).executor(Runnable::run).build();
    }

    private record Parsed(Filing filing, int chars) {
    }

    /**
     * Keeps the filing that reading the document stored under {@code sha256} gives (the intake's parse of a JSON
     * body that is stored as received), so that the assessments need not parse it again.
     */
    public void keep(String sha256, Filing filing, int documentChars) {
        if (sha256 != null && documentChars <= capacityChars) {
            bySha256.put(sha256, new Parsed(filing, documentChars));
        }
    }

    /**
     * The filing stored under {@code sha256} with the transport fields of the message that filed it, parsed from
     * {@code content} only when this node has not parsed that document yet; {@code sha256} null (a document stored
     * before documents had addresses) always parses.
     */
    public Filing read(String sha256, String messageId, String carrierId, Supplier<String> content) {
        Parsed parsed = sha256 == null ? null : bySha256.getIfPresent(sha256);
        if (parsed != null) {
            return parsed.filing().withTransport(messageId, carrierId);
        }
        String text = content.get();
        Filing filing = documents.read(text, messageId, carrierId);
        keep(sha256, filing, text.length());
        return filing;
    }

    /** How many parsed filings are held (for tests and figures). */
    long size() {
        bySha256.cleanUp();
        return bySha256.estimatedSize();
    }

    /** Whether the document stored under {@code sha256} is held parsed. */
    boolean holds(String sha256) {
        return bySha256.getIfPresent(sha256) != null;
    }
}
