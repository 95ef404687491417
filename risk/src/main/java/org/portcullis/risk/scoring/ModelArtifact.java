package org.portcullis.risk.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.portcullis.risk.feature.FeatureSpace;

/**
 * A model on disk, one directory per version: {@code model.ubj} (the booster in XGBoost's UBJSON format),
 * {@code features.json} (the feature space) and {@code metadata.json}. The version is the first 12 hex digits of
 * the SHA-256 of the booster and the feature space, as rule sets are named by their content.
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
            String actual = version(booster, space);
            if (!actual.equals(metadata.version())) {
                throw new IllegalArgumentException("model directory " + dir.getFileName() + " says version "
                        + metadata.version() + " but its files hash to " + actual + ": they were changed");
            }
            if (!FeatureSpace.DEFINITIONS.equals(space.definitions())) {
                throw new IllegalArgumentException("model " + actual + " reads features " + space.definitions()
                        + "; this build extracts " + FeatureSpace.DEFINITIONS + ": train it again");
            }
            return new RiskModel(XGBoost.loadModel(booster), space, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model directory " + dir, e);
        } catch (XGBoostError e) {
            throw new IllegalArgumentException("model directory " + dir + " holds no readable booster", e);
        }
    }
}
