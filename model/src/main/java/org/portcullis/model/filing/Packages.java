package org.portcullis.model.filing;

/** How the goods are packed: the number of packages and their kind (UN/ECE Recommendation 21 code). */
public record Packages(int count, String kind) {
}
