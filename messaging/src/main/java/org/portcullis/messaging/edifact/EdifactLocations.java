package org.portcullis.messaging.edifact;

import java.util.Map;
import org.portcullis.model.intake.Locations;

/** Where the header elements were found in an EDIFACT interchange: segment and element positions. */
record EdifactLocations(Map<Locations.Element, String> found) implements Locations {

    @Override
    public String of(Element element) {
        String at = found.get(element);
        if (at != null) {
            return at;
        }
        return element == Element.SENT_AT || element == Element.MRN ? found.getOrDefault(Element.LRN, "") : "";
    }
}
