package org.portcullis.messaging.edifact;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message structures of the UN/EDIFACT directories, generated from the directories into
 * {@code edifact/directory/} (PAXLST D.95B to D.21B, CUSCAR D.95B to D.21B, CUSRES): the schema of a message type,
 * directory and association code. A schema is read the first time it is needed, then kept. Thread-safe.
 */
public final class DirectorySchemas {

    private static final String FOLDER = "edifact/directory/";
    private static final DirectorySchemas STANDARD = new DirectorySchemas();

    private final Properties index = new Properties();
    private final Map<String, Schema> loaded = new ConcurrentHashMap<>();

    private DirectorySchemas() {
        try (InputStream in = resource("index.properties")) {
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directories' schemas as shipped with Portcullis. */
    public static DirectorySchemas standard() {
        return STANDARD;
    }

    /**
     * The schema of {@code type} (PAXLST) in directory {@code version}+{@code release} (D, 05B), for messages with
     * association code {@code association} (IATA: the guideline's subset, where one exists), or empty.
     */
    public Optional<Schema> schema(String type, String version, String release, String association) {
        if (type == null || version == null || release == null) {
            return Optional.empty();
        }
        String key = (type + "." + version + release).toUpperCase(Locale.ROOT);
        String file = association == null ? null : index.getProperty(key + "." + association.toUpperCase(Locale.ROOT));
        file = file == null ? index.getProperty(key) : file;
        return file == null ? Optional.empty() : Optional.of(loaded.computeIfAbsent(file, DirectorySchemas::load));
    }

    /** The directories a message type is accepted in, e.g. "D95B to D21B". */
    public String directoriesOf(String type) {
        TreeSet<String> directories = new TreeSet<>((a, b) -> sortable(a).compareTo(sortable(b)));
        for (String key : index.stringPropertyNames()) {
            String[] parts = key.split("\\.");
            if (parts[0].equals(type) && parts.length == 2) {
                directories.add(parts[1]);
            }
        }
        return directories.isEmpty() ? "none" : directories.first() + " to " + directories.last();
    }

    /** D95B sorts before D00A. */
    private static String sortable(String directory) {
        return (directory.charAt(1) >= '9' ? "19" : "20") + directory.substring(1);
    }

    private static Schema load(String file) {
        try (InputStream in = resource(file)) {
            return SchemaFactory.newFactory().createSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (EDISchemaException e) {
            throw new IllegalStateException("EDIFACT schema " + file + " does not load: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String file) throws IOException {
        InputStream in = DirectorySchemas.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IOException("missing " + FOLDER + file + " on the classpath");
        }
        return in;
    }
}
