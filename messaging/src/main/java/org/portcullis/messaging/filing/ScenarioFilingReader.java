package org.portcullis.messaging.filing;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.portcullis.model.intake.FilingReadResult;
import org.portcullis.model.filing.Filing;

/**
 * Reads a filing a rule author gives (a scenario's, or one of a backtest from the command line) as a carrier's v1
 * JSON document; a refused document fails with every error.
 */
public final class ScenarioFilingReader implements Function<String, Filing> {

    private final JsonFilingReader reader;

    public ScenarioFilingReader(JsonFilingReader reader) {
        this.reader = reader;
    }

    @Override
    public Filing apply(String document) {
        FilingReadResult result = reader.read(document.getBytes(StandardCharsets.UTF_8));
        if (result instanceof FilingReadResult.Valid valid) {
            return valid.filing().withTransport("scenario", "SCENARIO");
        }
        var invalid = (FilingReadResult.Invalid) result;
        throw new IllegalArgumentException(invalid.errors().stream()
                .map(error -> error.code() + " at " + error.pointer() + ": " + error.message())
                .collect(Collectors.joining("; ")));
    }
}
