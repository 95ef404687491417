package org.portcullis.messaging.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IotTopicsTest {

    private final IotTopics topics = new IotTopics(Map.of("acme-reefer-17", "ACME", "acme", "ACME",
            "globaltrack", "GLOBALTRACK"));

    @ParameterizedTest
    @ValueSource(strings = {"portcullis/iot/ACME/reefer-17", "portcullis/iot/ACME/site_2/reefer-17/temperature",
            "portcullis.iot.ACME.reefer-17", "portcullis.iot.ACME.site_2.reefer-17.temperature"})
    void accountMayPublishUnderItsOwnOperatorInTopicOrAddressForm(String topic) {
        assertThat(topics.check("acme-reefer-17", topic)).isEqualTo(TopicVerdict.ALLOWED);
        assertThat(topics.check("acme", topic)).isEqualTo(TopicVerdict.ALLOWED);
    }

    @Test
    void accountMayNotPublishUnderAnotherOperator() {
        assertThat(topics.check("acme-reefer-17", "portcullis/iot/GLOBALTRACK/tracker-1"))
                .isEqualTo(TopicVerdict.OTHER_OPERATOR);
        assertThat(topics.mayPublish("globaltrack", "portcullis.iot.ACME.reefer-17")).isFalse();
        assertThat(topics.check("ACME", "portcullis/iot/ACME/reefer-17"))
                .as("operator names are not accounts").isEqualTo(TopicVerdict.UNKNOWN_ACCOUNT);
        assertThat(topics.check(null, "portcullis/iot/ACME/reefer-17")).isEqualTo(TopicVerdict.UNKNOWN_ACCOUNT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"portcullis/iot/ACME", "portcullis/iot/ACME/", "portcullis/iot//reefer-17",
            "portcullis/iot/ACME/reefer.17", "portcullis.iot.ACME.reefer\\.17", "portcullis.iot.ACME\\.GLOBALTRACK.x",
            "portcullis/iot/ACME/reefer 17", "portcullis/iot/ACME/+", "portcullis/iot/ACME/#",
            "portcullis.iot.ACME.*", "portcullis/iot/ACME/a/b/c/d/e/f/g/h", "portcullis/iot/ACME/reefer-17/x.y"})
    void malformedTopicsAreRefusedWhoeverPublishes(String topic) {
        assertThat(topics.check("acme", topic)).isEqualTo(TopicVerdict.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"portcullis.filings", "portcullis/pcs/events", "iot/ACME/x", "", "PORTCULLIS/iot/ACME/x"})
    void topicsOutsideTheIotTreeAreNotIotTopics(String topic) {
        assertThat(topics.check("acme", topic)).isEqualTo(TopicVerdict.NOT_AN_IOT_TOPIC);
    }

    @Test
    void mapsTopicsToTheAddressesArtemisGivesThemAndBack() {
        assertThat(IotTopics.addressOf("portcullis/iot/ACME/site_2/reefer-17")).hasValue(
                "portcullis.iot.ACME.site_2.reefer-17");
        assertThat(IotTopics.topicOf("portcullis.iot.ACME.site_2.reefer-17")).hasValue(
                "portcullis/iot/ACME/site_2/reefer-17");
        assertThat(IotTopics.operatorOf("portcullis.iot.ACME.reefer-17")).hasValue("ACME");
        assertThat(IotTopics.addressOf("portcullis/iot/ACME/reefer.17")).isEmpty();
        assertThat(IotTopics.DEAD_LETTER_ADDRESS).doesNotStartWith(IotTopics.ADDRESS_PREFIX);
    }

    @Test
    void operatorThatCannotBeATopicLevelIsAConfigurationError() {
        assertThatThrownBy(() -> new IotTopics(Map.of("device", "ACME.LTD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACME.LTD");
    }
}
