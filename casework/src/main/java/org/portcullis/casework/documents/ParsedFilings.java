package org.portcullis.casework.documents;

import java.util.Iterator;
import java.util.LinkedHashMap;
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
 * documents it holds; the least recently used go first.
 */
@Component
public class ParsedFilings {

    /** About 280 filings of 50 consignments (28 KB of JSON each); a parsed filing takes a few times its text. */
    static final long DEFAULT_CAPACITY_CHARS = 8L << 20;

    private final FilingDocuments documents;
    private final long capacityChars;
    private final LinkedHashMap<String, Parsed> bySha256 = new LinkedHashMap<>(64, 0.75f, true);
    private long heldChars;

    @Autowired
    public ParsedFilings(FilingDocuments documents) {
        this(documents, DEFAULT_CAPACITY_CHARS);
    }

    ParsedFilings(FilingDocuments documents, long capacityChars) {
        this.documents = documents;
        this.capacityChars = capacityChars;
    }

    private record Parsed(Filing filing, long chars) {
    }

    /**
     * Keeps the filing that reading the document stored under {@code sha256} gives (the intake's parse of a JSON
     * body that is stored as received), so that the assessments need not parse it again.
     */
    public void keep(String sha256, Filing filing, int documentChars) {
        if (sha256 == null || documentChars > capacityChars) {
            return;
        }
        synchronized (bySha256) {
            Parsed previous = bySha256.put(sha256, new Parsed(filing, documentChars));
            heldChars += documentChars - (previous == null ? 0 : previous.chars());
            Iterator<Parsed> eldest = bySha256.values().iterator();
            while (heldChars > capacityChars && eldest.hasNext()) {
                heldChars -= eldest.next().chars();
                eldest.remove();
            }
        }
    }

    /**
     * The filing stored under {@code sha256} with the transport fields of the message that filed it, parsed from
     * {@code content} only when this node has not parsed that document yet; {@code sha256} null (a document stored
     * before documents had addresses) always parses.
     */
    public Filing read(String sha256, String messageId, String carrierId, Supplier<String> content) {
        Parsed parsed = null;
        if (sha256 != null) {
            synchronized (bySha256) {
                parsed = bySha256.get(sha256);
            }
        }
        if (parsed != null) {
            return parsed.filing().withTransport(messageId, carrierId);
        }
        String text = content.get();
        Filing filing = documents.read(text, messageId, carrierId);
        keep(sha256, filing, text.length());
        return filing;
    }

    /** How many parsed filings are held (for tests and figures). */
    int size() {
        synchronized (bySha256) {
            return bySha256.size();
        }
    }

    /** Whether the document stored under {@code sha256} is held parsed. */
    boolean holds(String sha256) {
        synchronized (bySha256) {
            return bySha256.containsKey(sha256);
        }
    }
}
