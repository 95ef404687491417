package org.portcullis.messaging.jms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void copiesOnlyPropertiesJmsCanCarry() {
        assertThat(DeadLetters.isJmsPropertyName("messageId")).isTrue();
        assertThat(DeadLetters.isJmsPropertyName("carrier_id2")).isTrue();
        assertThat(DeadLetters.isJmsPropertyName("content-length")).isFalse();
        assertThat(DeadLetters.isJmsPropertyName("2fast")).isFalse();
        assertThat(DeadLetters.isJmsPropertyName("")).isFalse();
    }
}
