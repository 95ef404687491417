package org.portcullis.risk.feature;

/**
 * One column of the model's matrix: its name, the group whose contributions are added up into one reason (a
 * numeric feature is its own group; the origin, HS chapter and last port columns form one group each) and what it
 * means.
 */
public record FeatureColumn(String name, String group, String description) {
}
