package org.portcullis.model.filing;

import java.math.BigDecimal;

/** One line of the ship's stores declaration (FAL form 3). */
public record StoresItem(String description, BigDecimal quantity, String unit, String locationOnBoard) {
}
