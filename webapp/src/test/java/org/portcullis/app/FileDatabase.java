package org.portcullis.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The file database of a packaged application run in a working directory of its own ({@link PackagedApplication}),
 * shared with the test while the application runs (H2's automatic mixed mode) and readable once it stopped.
 */
final class FileDatabase {

    private FileDatabase() {
    }

    /**
     * The URL to give an application that is killed, not stopped ({@code --spring.datasource.url}), and to read with,
     * also once it stopped. H2 refuses its automatic mixed mode with DB_CLOSE_ON_EXIT=FALSE, so an application given
     * this URL closes its database in H2's own shutdown hook at a SIGTERM: one stopped gracefully keeps its default.
     */
    static String url(Path workingDirectory) {
        return "jdbc:h2:file:" + workingDirectory.toAbsolutePath().resolve("data").resolve("portcullis")
                + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }

    static Connection connect(Path workingDirectory) throws SQLException {
        return DriverManager.getConnection(url(workingDirectory), "sa", "");
    }

    /** The first column of the first row of a query that counts. */
    static int count(Path workingDirectory, String sql) throws SQLException {
        try (Connection connection = connect(workingDirectory); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
