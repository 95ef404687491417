package org.portcullis.testing.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where PostgreSQL's server binaries (initdb, pg_ctl) are: the directory named by {@value #BIN_PROPERTY}, or else the
 * newest version of Debian's packages ({@code /usr/lib/postgresql/<major>/bin}).
 */
final class InstalledBinaries {

    static final String BIN_PROPERTY = "portcullis.test.postgresql.bin";
    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

    private InstalledBinaries() {
    }

    static Optional<Path> find() {
        String named = System.getProperty(BIN_PROPERTY, "");
        if (!named.isBlank()) {
            return Optional.of(Path.of(named)).filter(InstalledBinaries::holdsServer);
        }
        if (!Files.isDirectory(DEBIAN)) {
            return Optional.empty();
        }
        try (var versions = Files.list(DEBIAN)) {
            return versions.map(version -> version.resolve("bin")).filter(InstalledBinaries::holdsServer)
                    .max(InstalledBinaries::byMajorVersion);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Why the server cannot be started here, or empty when it can. */
    static Optional<String> missing() {
        if (find().isEmpty()) {
            return Optional.of("No PostgreSQL server binaries found (initdb and pg_ctl in " + DEBIAN
                    + "/<version>/bin, or in the directory -D" + BIN_PROPERTY + "= names): install Debian's "
                    + "postgresql package (apt-get install postgresql), or name the directory");
        }
        if (ThrowawayCluster.runsAsRoot() && !ownerExists()) {
            return Optional.of("Running as root, and PostgreSQL refuses root, but there is no '"
                    + ThrowawayCluster.OWNER + "' user to run it as (Debian's postgresql package creates it)");
        }
        return Optional.empty();
    }

    private static boolean holdsServer(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    private static int byMajorVersion(Path left, Path right) {
        return Integer.compare(major(left), major(right));
    }

    private static int major(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    private static boolean ownerExists() {
        try {
            return Files.readAllLines(Path.of("/etc/passwd")).stream()
                    .anyMatch(line -> line.startsWith(ThrowawayCluster.OWNER + ":"));
        } catch (IOException e) {
            return false;
        }
    }
}
