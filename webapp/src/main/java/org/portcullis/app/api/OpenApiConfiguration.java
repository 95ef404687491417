package org.portcullis.app.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the carrier API, served at /v3/api-docs (and browsable at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI carrierApi() {
        return new OpenAPI()
                .info(new Info().title("Portcullis carrier API").version("v1")
                        .description("File pre-arrival messages and poll notices. Sign in with HTTP Basic as your "
                                + "carrier id. Formats: docs/filing-format.md, errors: docs/error-codes.md."))
                .components(new Components().addSecuritySchemes("carrier",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("carrier"));
    }
}
