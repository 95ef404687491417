package org.portcullis.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The defaults an operator gets without configuring anything, and what the production profile adds. */
class SecureDefaultsTest {

    @Test
    void httpListensOnTheLoopbackInterfaceOnlyByDefault() {
        assertThat(yaml("application.yml").getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void productionCookiesAreSecureHttpOnlyAndSameSiteStrict() {
        Properties production = yaml("application-production.yml");
        assertThat(production.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(production.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
        assertThat(production.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("strict");
    }

    @Test
    void productionAppliesThePasswordPolicyAndPublishesRuleSetsOnlyThroughAnAuthor() {
        Properties production = yaml("application-production.yml");
        assertThat(production.getProperty("camunda.bpm.generic-properties.properties.enable-password-policy"))
                .isEqualTo("true");
        assertThat(production.getProperty("portcullis.rules.watch")).isEqualTo("${PORTCULLIS_RULES_WATCH:false}");
    }

    private static Properties yaml(String name) {
        YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
        factory.setResources(new ClassPathResource(name));
        return factory.getObject();
    }
}
