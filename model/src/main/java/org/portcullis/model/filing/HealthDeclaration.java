package org.portcullis.model.filing;

/** The Maritime Declaration of Health, in short: persons ill, deaths, and whether infectious disease is suspected. */
public record HealthDeclaration(int personsIll, int deaths, boolean suspectedInfectiousDisease, String details) {
}
