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
     * The URL to give the application ({@code --spring.datasource.url}) and to read with: the application's own
     * settings (H2 must not close the database in its own shutdown hook while the application still stops
     * gracefully), in automatic mixed mode.
     */
    static String url(Path workingDirectory) {
        return "jdbc:h2:file:" + workingDirectory.toAbsolutePath().resolve("data").resolve("portcullis")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;AUTO_SERVER=TRUE";
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
