package org.portcullis.model.traveldocument;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.portcullis.model.value.CountryCode;

/**
 * The three-letter codes of issuing states and nationalities in an MRZ (ICAO Doc 9303 Part 3, section 5): ISO 3166-1
 * alpha-3, except Germany, which is {@code D}. Codes that name no ISO country (UTO for the specimens' Utopia, XXA
 * stateless, XXB refugee, UNO the United Nations ...) have no alpha-2 counterpart.
 */
public final class IcaoCountryCodes {

    private static final Map<String, String> ALPHA2_BY_CODE = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA2_BY_CODE.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        ALPHA2_BY_CODE.remove("DEU");
        ALPHA2_BY_CODE.put("D", "DE");
    }

    private IcaoCountryCodes() {
    }

    /** The MRZ code of an ISO country: its alpha-3 code, or D for Germany. */
    public static String of(CountryCode country) {
        return country.value().equals("DE") ? "D" : new Locale("", country.value()).getISO3Country();
    }

    /** The ISO country an MRZ code names, if it names one. */
    public static Optional<CountryCode> country(String mrzCode) {
        String alpha2 = mrzCode == null ? null : ALPHA2_BY_CODE.get(mrzCode.replace("<", ""));
        return alpha2 == null ? Optional.empty() : Optional.of(new CountryCode(alpha2));
    }
}
