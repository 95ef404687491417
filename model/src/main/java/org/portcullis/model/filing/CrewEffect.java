package org.portcullis.model.filing;

import java.math.BigDecimal;

/** One line of the crew's effects declaration (FAL form 4): whose, what and how much. */
public record CrewEffect(String crewMember, String description, BigDecimal quantity) {
}
