package org.portcullis.risk.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.portcullis.risk.feature.FeatureSpace;

/**
 * A model on disk, one directory per version: {@code model.ubj} (the booster in XGBoost's UBJSON format),
 * {@code features.json} (the feature space) and {@code metadata.json}. The version is the first 12 hex digits of
 * the SHA-256 of the booster and the feature space, as rule sets are named by their content. The same three files
 * zipped are what the application stores ({@link #toBytes}, {@link #fromBytes}).
 */
public final class ModelArtifact {

    public static final String BOOSTER = "model.ubj";
    public static final String FEATURES = "features.json";
    public static final String METADATA = "metadata.json";

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private ModelArtifact() {
    }

    /** The version a booster and feature space are named by. */
    public static String version(byte[] booster, FeatureSpace space) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(booster);
            sha.update(JSON.writeValueAsBytes(space));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot hash a model", e);
        }
    }

    /** Writes the model into {@code parent}/{version}/ and gives that directory. */
    public static Path save(RiskModel model, Path parent) {
        Path dir = parent.resolve(model.version());
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(BOOSTER), model.booster().toByteArray("ubj"));
            JSON.writeValue(dir.resolve(FEATURES).toFile(), model.featureSpace());
            JSON.writeValue(dir.resolve(METADATA).toFile(), model.metadata());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model " + model.version() + " to " + dir, e);
        } catch (XGBoostError e) {
            throw new IllegalStateException("cannot serialise model " + model.version(), e);
        }
    }

    /** Reads a model directory, refusing one whose files do not hash to the version its metadata names. */
    public static RiskModel load(Path dir) {
        try {
            byte[] booster = Files.readAllBytes(dir.resolve(BOOSTER));
            FeatureSpace space = JSON.readValue(dir.resolve(FEATURES).toFile(), FeatureSpace.class);
            ModelMetadata metadata = JSON.readValue(dir.resolve(METADATA).toFile(), ModelMetadata.class);
            return checked(booster, space, metadata, "model directory " + dir.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model directory " + dir, e);
        }
    }

    private static RiskModel checked(byte[] booster, FeatureSpace space, ModelMetadata metadata, String what) {
        String actual = version(booster, space);
        if (!actual.equals(metadata.version())) {
            throw new IllegalArgumentException(what + " says version " + metadata.version()
                    + " but its files hash to " + actual + ": they were changed");
        }
        if (!FeatureSpace.DEFINITIONS.equals(space.definitions())) {
            throw new IllegalArgumentException("model " + actual + " reads features " + space.definitions()
                    + "; this build extracts " + FeatureSpace.DEFINITIONS + ": train it again");
        }
        try {
            return new RiskModel(XGBoost.loadModel(booster), space, metadata);
        } catch (XGBoostError | IOException e) {
            throw new IllegalArgumentException(what + " holds no readable booster", e);
        }
    }

    /** The model as one zip of its three files, for storage in a database. */
    public static byte[] toBytes(RiskModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, BOOSTER, model.booster().toByteArray("ubj"));
            entry(zip, FEATURES, JSON.writeValueAsBytes(model.featureSpace()));
            entry(zip, METADATA, JSON.writeValueAsBytes(model.metadata()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zip model " + model.version(), e);
        } catch (XGBoostError e) {
            throw new IllegalStateException("cannot serialise model " + model.version(), e);
        }
        return out.toByteArray();
    }

    /** Reads a model zipped by {@link #toBytes}, with the same checks as {@link #load}. */
    public static RiskModel fromBytes(byte[] bytes) {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
            for (String name : new String[] {BOOSTER, FEATURES, METADATA}) {
                if (!files.containsKey(name)) {
                    throw new IllegalArgumentException("a stored model lacks its " + name);
                }
            }
            return checked(files.get(BOOSTER), JSON.readValue(files.get(FEATURES), FeatureSpace.class),
                    JSON.readValue(files.get(METADATA), ModelMetadata.class), "stored model");
        } catch (IOException e) {
            throw new IllegalArgumentException("a stored model is not a readable zip: " + e.getMessage(), e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
