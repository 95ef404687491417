package org.portcullis.casework.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.Samples;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.filing.Filing;

class ParsedFilingsTest {

    private final CountingDocuments documents = new CountingDocuments();
    private final String green = sample("filing-green.json");
    private final String arms = sample("filing-arms.json");

    @Test
    void aStoredDocumentIsParsedOnceHoweverOftenItIsRead() {
        ParsedFilings parsed = new ParsedFilings(documents);
        AtomicInteger contentReads = new AtomicInteger();

        Filing first = parsed.read("sha-green", "msg-1", "MSC", () -> {
            contentReads.incrementAndGet();
            return green;
        });
        Filing second = parsed.read("sha-green", "msg-1", "MSC", () -> {
            contentReads.incrementAndGet();
            return green;
        });

        assertThat(second).isEqualTo(first).isEqualTo(documents.read(green, "msg-1", "MSC"));
        assertThat(contentReads).hasValue(1);
        assertThat(documents.reads).hasValue(2);
    }

    @Test
    void aFilingKeptByTheIntakeIsReadWithTheTransportFieldsOfItsVersion() {
        ParsedFilings parsed = new ParsedFilings(documents);
        parsed.keep("sha-green", documents.read(green, "intake-id", "MSC"), green.length());
        documents.reads.set(0);

        Filing read = parsed.read("sha-green", "msg-7", "MAERSK", () -> {
            throw new AssertionError("the kept filing is not read from the database again");
        });

        assertThat(read.header().messageId()).isEqualTo("msg-7");
        assertThat(read.header().carrierId()).isEqualTo("MAERSK");
        assertThat(documents.reads).hasValue(0);
    }

    @Test
    void everyReadOfOneVersionGivesTheSameFilingSoItsAssessmentsShareWhatTheyDeriveFromIt() {
        ParsedFilings parsed = new ParsedFilings(documents);
        Filing kept = documents.read(green, "msg-1", "MSC");
        parsed.keep("sha-green", kept, green.length());

        Filing customs = parsed.read("sha-green", "msg-1", "MSC", () -> green);
        Filing agency = parsed.read("sha-green", "msg-1", "MSC", () -> green);
        Filing otherMessage = parsed.read("sha-green", "msg-2", "MSC", () -> green);

        assertThat(customs).isSameAs(kept).isSameAs(agency);
        assertThat(otherMessage).isNotSameAs(kept);
        assertThat(otherMessage.header().messageId()).isEqualTo("msg-2");
    }

    @Test
    void aDocumentWithoutAnAddressIsParsedEveryTime() {
        ParsedFilings parsed = new ParsedFilings(documents);

        parsed.read(null, "msg-1", "MSC", () -> green);
        parsed.read(null, "msg-1", "MSC", () -> green);

        assertThat(documents.reads).hasValue(2);
        assertThat(parsed.size()).isZero();
    }

    @Test
    void theDocumentsHeldStayWithinTheCapacity() {
        ParsedFilings parsed = new ParsedFilings(documents, green.length() + arms.length());
        parsed.read("sha-arms", "m", "MSC", () -> arms);
        parsed.read("sha-green", "m", "MSC", () -> green);
        parsed.read("sha-arms-again", "m", "MSC", () -> arms);

        assertThat(parsed.size()).isBetween(1L, 2L);
        assertThat(parsed.holds("sha-arms") && parsed.holds("sha-green") && parsed.holds("sha-arms-again")).isFalse();
    }

    @Test
    void aDocumentLargerThanTheCapacityIsNotHeld() {
        ParsedFilings parsed = new ParsedFilings(documents, green.length() - 1);

        parsed.read("sha-green", "m", "MSC", () -> green);

        assertThat(parsed.size()).isZero();
    }

    private static String sample(String name) {
        try {
            return Files.readString(Samples.DIRECTORY.resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingDocuments extends FilingDocuments {

        final AtomicInteger reads = new AtomicInteger();

        CountingDocuments() {
            super(FilingJson.objectMapper());
        }

        @Override
        public Filing read(String document, String messageId, String carrierId) {
            reads.incrementAndGet();
            return super.read(document, messageId, carrierId);
        }
    }
}
