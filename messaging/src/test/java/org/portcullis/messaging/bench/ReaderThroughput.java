package org.portcullis.messaging.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.portcullis.messaging.edifact.EdifactFilingReader;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.messaging.filing.FilingReader;
import org.portcullis.messaging.filing.FilingSchema;
import org.portcullis.messaging.filing.JsonFilingReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many messages per second one thread reads (parse, validate, map), JSON and EDIFACT, with the corpus's
 * every-part filing and cargo report. Not a test: run it from the messaging module with
 * {@code java -cp "target/classes:target/test-classes:../model/target/classes:$(mvn -q dependency:build-classpath
 * -Dmdep.outputFile=/dev/stdout)" org.portcullis.messaging.bench.ReaderThroughput}; compare runs on one machine.
 */
public final class ReaderThroughput {

    private static final Logger log = LoggerFactory.getLogger(ReaderThroughput.class);

    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 10_000;

    private ReaderThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("src", "test", "resources", "corpus");
        measure("JSON every part", new JsonFilingReader(FilingJson.objectMapper(), new FilingSchema()),
                Files.readAllBytes(corpus.resolve("json/valid-every-part.json")));
        measure("EDIFACT CUSCAR+PAXLST", new EdifactFilingReader(),
                Files.readAllBytes(corpus.resolve("edifact/valid-cuscar-and-paxlst-in-one-interchange.edi")));
    }

    private static void measure(String name, FilingReader reader, byte[] body) {
        for (int i = 0; i < WARM_UP; i++) {
            reader.read(body);
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            reader.read(body);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info(String.format("%-24s %,8.0f messages/s (%d bytes each)", name, MEASURED / seconds, body.length));
    }
}
