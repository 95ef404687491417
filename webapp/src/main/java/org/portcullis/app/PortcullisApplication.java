package org.portcullis.app;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Portcullis: pre-arrival clearance. Scans the casework and processes modules too. */
@SpringBootApplication(scanBasePackages = {"org.portcullis.app", "org.portcullis.casework", "org.portcullis.processes"})
@ConfigurationPropertiesScan({"org.portcullis.app", "org.portcullis.casework"})
public class PortcullisApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortcullisApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
