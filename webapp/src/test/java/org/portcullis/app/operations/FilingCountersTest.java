package org.portcullis.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.carrier.CarrierAccounts;
import org.portcullis.casework.carrier.CarrierProperties;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;
import org.portcullis.model.notice.NoticeType;

class FilingCountersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FilingCounters counters = new FilingCounters(registry, new CarrierAccounts(new CarrierProperties(
            Map.of("MSC", new CarrierProperties.Account("{noop}x", null, false)))));

    @Test
    void carriersWithoutAnAccountProtocolsAndFormatsNotKnownAreCountedAsOtherAndNeverAsTheyAreWritten() {
        counters.count(message("INVENTED-1", "EVIL-PROTOCOL", "text/x-anything", Channel.QUEUE), accepted());
        counters.count(message("INVENTED-2", null, null, Channel.QUEUE), accepted());

        assertThat(registry.get("portcullis.filings.received").tags("carrier", "other", "channel", "queue",
                "format", "other").counter().count()).isEqualTo(2);
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags().toString())
                .doesNotContain("INVENTED", "EVIL", "x-anything"));
    }

    @Test
    void aRepeatedMessageIdIsReceivedButNeitherAcceptedNorRejectedAgain() {
        counters.count(message("MSC", "AMQP", "application/edifact", Channel.QUEUE),
                new IntakeReceipt("n1", NoticeType.REJECTED, null, false));
        counters.count(message("MSC", "AMQP", "application/edifact", Channel.QUEUE),
                new IntakeReceipt("n1", NoticeType.REJECTED, null, true));

        assertThat(registry.get("portcullis.filings.received").tags("carrier", "MSC", "channel", "amqp",
                "format", "edifact").counter().count()).isEqualTo(2);
        assertThat(registry.get("portcullis.filings.rejected").counter().count()).isEqualTo(1);
        assertThat(registry.find("portcullis.filings.accepted").counter()).isNull();
    }

    @Test
    void httpIsItsOwnChannelWhateverProtocolIsClaimed() {
        counters.count(message("MSC", "STOMP", "application/json; charset=UTF-8", Channel.HTTP), accepted());

        assertThat(registry.get("portcullis.filings.accepted").tags("carrier", "MSC", "channel", "http",
                "format", "json").counter().count()).isEqualTo(1);
    }

    private static InboundMessage message(String carrier, String protocol, String contentType, Channel channel) {
        return new InboundMessage("m", carrier, contentType, channel, new byte[0], Instant.EPOCH, null, protocol);
    }

    private static IntakeReceipt accepted() {
        return new IntakeReceipt("n", NoticeType.ACCEPTED, null, false);
    }
}
