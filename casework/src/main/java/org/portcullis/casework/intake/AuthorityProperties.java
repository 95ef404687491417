package org.portcullis.casework.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The customs authority running this Portcullis: its ISO 3166 country code goes into every MRN it issues. */
@ConfigurationProperties("portcullis.authority")
public record AuthorityProperties(String country) {

    public AuthorityProperties {
        country = country == null || country.isBlank() ? "NL" : country;
    }
}
