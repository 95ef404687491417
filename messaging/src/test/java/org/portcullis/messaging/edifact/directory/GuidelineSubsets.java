package org.portcullis.messaging.edifact.directory;

import java.util.regex.Pattern;

/**
 * Where a published implementation guide departs from the directory it names, written down once. The WCO/IATA/ICAO
 * API guidelines' PAXLST ({@code PAXLST:D:02B:UN:IATA}, {@code D:05B}, {@code D:15B}, their worked examples):
 * <ul>
 * <li>send segment group 2 as TDT followed directly by the LOC groups: the DTM after TDT, mandatory in the directories
 * up to D.13A, is left out (UN/EDIFACT made it conditional from D.13B on);</li>
 * <li>send several RFF per person (RFF+AVF, ABO, AEA, CR, SEA), where the directories up to D.13A allow one in segment
 * group 4 (from D.13B on: 99999);</li>
 * <li>send the bag count as {@code MEA+CT++:2}, without the measurement unit (C174 6411) every directory makes
 * mandatory.</li>
 * </ul>
 * Messages with association code IATA are checked against the directory with these three changes; everything else is
 * the directory's.
 */
final class GuidelineSubsets {

    static final String IATA_NOTE = "association code IATA: the WCO/IATA/ICAO API guidelines' subset, which leaves "
            + "out the DTM of segment group 2, repeats RFF in segment group 4 (both as the directory has it from D.13B "
            + "on) and sends C174 without 6411";

    private static final Pattern TRANSPORT_DATE = Pattern.compile(
            "(<loop code=\"SG2\"[^>]*>\\s*<sequence>\\s*<segment type=\"TDT\"[^>]*/>\\s*<segment type=\"DTM\") "
                    + "minOccurs=\"1\"");
    private static final Pattern PERSON_REFERENCE = Pattern.compile(
            "(<loop code=\"SG4\"(?:(?!</loop>).)*?<segment type=\"RFF\") maxOccurs=\"1\"", Pattern.DOTALL);
    private static final Pattern UNIT = Pattern.compile(
            "(<compositeType name=\"C174\"><sequence><element type=\"DE6411\") minOccurs=\"1\"");

    private GuidelineSubsets() {
    }

    static String iata(String paxlst) {
        String withReferences = PERSON_REFERENCE.matcher(paxlst).replaceFirst("$1 maxOccurs=\"99999\"");
        String withoutUnit = UNIT.matcher(withReferences).replaceFirst("$1");
        String relaxed = TRANSPORT_DATE.matcher(withoutUnit).replaceFirst("$1");
        if (relaxed.equals(withoutUnit) && !withoutUnit.matches("(?s).*<loop code=\"SG2\"[^>]*>\\s*<sequence>\\s*"
                + "<segment type=\"TDT\"[^>]*/>\\s*<segment type=\"DTM\" maxOccurs.*")) {
            throw new IllegalStateException("PAXLST's segment group 2 is not TDT, DTM as expected");
        }
        return relaxed;
    }
}
