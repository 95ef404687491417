package org.portcullis.rules.watchlist;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names as the UN and OFAC lists write them, to ISO 3166-1 alpha-2: the JDK's English names, the official
 * names of the UN (Russian Federation, Syrian Arab Republic, Iran (Islamic Republic of) ...) and the short names of
 * OFAC (Russia, Korea, North, Burma ...). A name that is none of these gives no country: a listed nationality then
 * simply does not narrow the match.
 */
final class CountryNames {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        String[][] aliases = {
            {"Russian Federation", "RU"}, {"Russia", "RU"}, {"Syrian Arab Republic", "SY"}, {"Syria", "SY"},
            {"Iran (Islamic Republic of)", "IR"}, {"Iran", "IR"},
            {"Democratic People's Republic of Korea", "KP"}, {"Korea, North", "KP"}, {"North Korea", "KP"},
            {"Republic of Korea", "KR"}, {"Korea, South", "KR"}, {"South Korea", "KR"},
            {"Democratic Republic of the Congo", "CD"}, {"Congo, Democratic Republic of the", "CD"},
            {"Republic of the Congo", "CG"}, {"Congo, Republic of the", "CG"},
            {"United Republic of Tanzania", "TZ"}, {"Venezuela (Bolivarian Republic of)", "VE"},
            {"Bolivia (Plurinational State of)", "BO"}, {"Lao People's Democratic Republic", "LA"}, {"Laos", "LA"},
            {"Viet Nam", "VN"}, {"Vietnam", "VN"}, {"Republic of Moldova", "MD"}, {"Burma", "MM"},
            {"Türkiye", "TR"}, {"Turkey", "TR"}, {"United Kingdom of Great Britain and Northern Ireland", "GB"},
            {"United Kingdom", "GB"}, {"United States of America", "US"}, {"United States", "US"},
            {"Libyan Arab Jamahiriya", "LY"}, {"State of Palestine", "PS"}, {"Palestinian Territories", "PS"},
            {"West Bank", "PS"}, {"Gaza", "PS"}, {"Côte d'Ivoire", "CI"}, {"Cote d'Ivoire", "CI"},
            {"Brunei Darussalam", "BN"}, {"Cabo Verde", "CV"}, {"Czechia", "CZ"}, {"Eswatini", "SZ"},
            {"North Macedonia", "MK"}, {"Micronesia (Federated States of)", "FM"}, {"Holy See", "VA"},
        };
        for (String[] alias : aliases) {
            CODES.put(key(alias[0]), alias[1]);
        }
    }

    private CountryNames() {
    }

    /** The ISO 3166-1 alpha-2 code of the country name (or of a two-letter code), or null. */
    static String alpha2(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        if (trimmed.length() == 2 && trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
            return java.util.Set.of(Locale.getISOCountries()).contains(trimmed) ? trimmed : null;
        }
        return CODES.get(key(trimmed));
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
    }
}
