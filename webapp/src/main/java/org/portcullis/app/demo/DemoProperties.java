package org.portcullis.app.demo;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo profile's users (created in the Camunda identity service when absent) and whether the sample filings
 * are sent on start. Never set outside the demo profile.
 */
@ConfigurationProperties("portcullis.demo")
public record DemoProperties(List<DemoUser> users, boolean sendSampleFilings, String sampleCarrierId) {

    public DemoProperties {
        users = users == null ? List.of() : List.copyOf(users);
        sampleCarrierId = sampleCarrierId == null ? "MSC" : sampleCarrierId;
    }

    public record DemoUser(String id, String password, String firstName, String lastName, List<String> groups) {

        public DemoUser {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}
