package org.portcullis.messaging.edifact.directory;

import java.util.regex.Pattern;

/**
 * Where a published implementation guide departs from the directory it names, written down once. The WCO/IATA/ICAO
 * API guidelines' PAXLST ({@code PAXLST:D:02B:UN:IATA}, {@code D:05B}) send segment group 2 as TDT followed directly by
 * the LOC groups: the DTM after TDT, mandatory in the directories up to D.13A, is left out, and UN/EDIFACT made it
 * conditional from D.13B on. Messages with association code IATA are checked against the directory with that DTM
 * conditional; everything else is the directory's.
 */
final class GuidelineSubsets {

    static final String IATA_NOTE = "association code IATA: the WCO/IATA/ICAO API guidelines' subset, which leaves "
            + "out the DTM of segment group 2 (conditional in the directory from D.13B on)";

    private static final Pattern TRANSPORT_DATE = Pattern.compile(
            "(<loop code=\"SG2\"[^>]*>\\s*<sequence>\\s*<segment type=\"TDT\"[^>]*/>\\s*<segment type=\"DTM\") "
                    + "minOccurs=\"1\"");

    private GuidelineSubsets() {
    }

    static String iata(String paxlst) {
        String relaxed = TRANSPORT_DATE.matcher(paxlst).replaceFirst("$1");
        if (relaxed.equals(paxlst) && !paxlst.matches("(?s).*<loop code=\"SG2\"[^>]*>\\s*<sequence>\\s*"
                + "<segment type=\"TDT\"[^>]*/>\\s*<segment type=\"DTM\" maxOccurs.*")) {
            throw new IllegalStateException("PAXLST's segment group 2 is not TDT, DTM as expected");
        }
        return relaxed;
    }
}
