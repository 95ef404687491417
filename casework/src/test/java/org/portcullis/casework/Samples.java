package org.portcullis.casework;

import java.nio.file.Path;

/** The repository's sample filings (docs/samples), read by tests from the module's directory. */
public final class Samples {

    public static final Path DIRECTORY = Path.of("..", "docs", "samples");

    private Samples() {
    }
}
