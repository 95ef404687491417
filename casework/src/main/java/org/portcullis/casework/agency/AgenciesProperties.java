package org.portcullis.casework.agency;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The agencies of the deployment.
 *
 * @param file the agencies file (default the repository's {@code config/agencies.yml}, relative to the working
 *     directory); when it does not exist, the demo's copy packaged in the sharing jar serves
 * @param lead the agency that clears on the workflow's main path with the main assessment (default {@code customs})
 */
@ConfigurationProperties("portcullis.agencies")
public record AgenciesProperties(String file, String lead) {

    public AgenciesProperties {
        file = file == null || file.isBlank() ? "config/agencies.yml" : file;
        lead = lead == null || lead.isBlank() ? "customs" : lead;
    }
}
