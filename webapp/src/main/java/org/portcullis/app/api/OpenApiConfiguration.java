package org.portcullis.app.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the carrier API, served at /v3/api-docs (and browsable at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The component names of the filing document and the notice (/schema/filing-v1, /schema/notice-v1). */
    static final String FILING = "Filing";
    static final String NOTICE = "Notice";

    @Bean
    OpenAPI carrierApi() {
        return new OpenAPI()
                .info(new Info().title("Portcullis carrier API").version("v1")
                        .description("File pre-arrival messages and poll notices. Sign in with HTTP Basic as your "
                                + "carrier id. Formats: docs/filing-format.md, errors: docs/error-codes.md."))
                .servers(List.of(new Server().url("/").description("this Portcullis")))
                .components(components())
                .addSecurityItem(new SecurityRequirement().addList("carrier"));
    }

    /** Basic sign-in, and the filing and notice bodies typed by their published JSON Schemas. */
    private static Components components() {
        Components components = new Components().addSecuritySchemes("carrier",
                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
        PublishedSchemaComponents.read("filing-v1.schema.json", FILING).forEach(components::addSchemas);
        PublishedSchemaComponents.read("notice-v1.schema.json", NOTICE).forEach(components::addSchemas);
        return components;
    }
}
