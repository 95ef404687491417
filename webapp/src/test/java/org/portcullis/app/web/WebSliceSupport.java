package org.portcullis.app.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.mockito.Mockito;
import org.portcullis.app.security.SecurityConfiguration;
import org.portcullis.casework.risk.RiskScoresOfCases;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.config.AgenciesFile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * What a web slice test needs besides its controller: the real security rules, the page helpers the layout uses,
 * the demo's agencies, a fixed clock (2026-11-29 10:00 UTC), and the risk scores the case file reads (none, unless a
 * test stubs them).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, Times.class, AgencyNames.class})
@EnableConfigurationProperties(Times.UiProperties.class)
public class WebSliceSupport {

    public static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    /** The demo's agencies (config/agencies.yml): they give the agency officers' roles and names. */
    @Bean
    Agencies agencies() {
        return AgenciesFile.read(Path.of("..", "config", "agencies.yml"));
    }

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    RiskScoresOfCases riskScoresOfCases() {
        return Mockito.mock(RiskScoresOfCases.class);
    }
}
