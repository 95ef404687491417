package org.portcullis.casework.risk;

import java.time.Clock;
import org.portcullis.risk.RiskAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the risk module's entry point with the application's clock. */
@Configuration(proxyBeanMethods = false)
class RiskConfiguration {

    @Bean
    RiskAnalysis riskAnalysis(Clock clock) {
        return new RiskAnalysis(clock);
    }
}
