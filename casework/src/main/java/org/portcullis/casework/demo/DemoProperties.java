package org.portcullis.casework.demo;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo profile's users (created in the Camunda identity service when absent), whether the sample filings are
 * sent on start, as which carrier, and how far ahead their ETA lands ({@code sampleArrivalIn}, 5 days unless set:
 * their dates move by whole days so that the ETA is at least that far ahead). Never set outside the demo profile.
 */
@ConfigurationProperties("portcullis.demo")
public record DemoProperties(List<DemoUser> users, boolean sendSampleFilings, String sampleCarrierId,
        Duration sampleArrivalIn) {

    public static final Duration DEFAULT_SAMPLE_ARRIVAL_IN = Duration.ofDays(5);

    public DemoProperties {
        users = users == null ? List.of() : List.copyOf(users);
        sampleCarrierId = sampleCarrierId == null ? "MSC" : sampleCarrierId;
        sampleArrivalIn = sampleArrivalIn == null ? DEFAULT_SAMPLE_ARRIVAL_IN : sampleArrivalIn;
    }

    public record DemoUser(String id, String password, String firstName, String lastName, List<String> groups) {

        public DemoUser {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}
