package org.portcullis.rulescli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.backtest.StoredFiling;

/**
 * The filing documents of a folder ({@code *.json} directly in it, v1 format), each given an MRN of its own so that
 * both rule sets assess it alike (random selection draws by MRN). A document the reader refuses is listed with why.
 */
record FilingDocuments(List<StoredFiling> filings, Map<String, String> fileByMrn, List<String> refused) {

    static FilingDocuments read(Path folder, Function<String, Filing> reader) {
        List<StoredFiling> filings = new ArrayList<>();
        Map<String, String> fileByMrn = new HashMap<>();
        List<String> refused = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String file = folder.relativize(path).toString().replace('\\', '/');
                try {
                    Filing filing = reader.apply(Files.readString(path));
                    Mrn mrn = Mrn.issue(filing.portCall().eta().atZone(java.time.ZoneOffset.UTC).getYear(),
                            filing.portCall().portOfCall().country(), filings.size() + 1L);
                    filings.add(new StoredFiling(mrn, filing));
                    fileByMrn.put(mrn.value(), file);
                } catch (RuntimeException e) {
                    refused.add(file + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the filing folder " + folder, e);
        }
        return new FilingDocuments(filings, fileByMrn, refused);
    }
}
