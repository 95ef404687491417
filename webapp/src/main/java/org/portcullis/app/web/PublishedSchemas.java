package org.portcullis.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the published JSON Schemas of the wire formats under {@code /schema/}, e.g. /schema/filing-v1.schema.json. */
@Configuration(proxyBeanMethods = false)
class PublishedSchemas implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/schema/**").addResourceLocations("classpath:/schema/");
    }
}
