package org.portcullis.app.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Locale;
import java.util.Set;
import org.portcullis.casework.carrier.CarrierAccounts;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.intake.IntakeReceipt;
import org.portcullis.model.notice.NoticeType;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Filings received, accepted and rejected on this node, per carrier, channel and format, counted once the intake's
 * transaction has committed (a message whose handling rolls back is counted when it is handled again).
 * Every tag has a bounded set of values: the carrier is a configured carrier account or {@code other}, the channel
 * one of {@code core}, {@code amqp}, {@code stomp}, {@code queue} (protocol not known) or {@code http}, the format
 * {@code json}, {@code edifact} or {@code other}; whatever a message says of itself never becomes a tag as it is.
 */
final class FilingCounters {

    static final String OTHER = "other";
    private static final Set<String> PROTOCOLS = Set.of("core", "amqp", "stomp");
    private static final Set<NoticeType> ACCEPTED = Set.of(NoticeType.ACCEPTED, NoticeType.AMENDMENT_ACCEPTED,
            NoticeType.CANCELLATION_ACCEPTED, NoticeType.INFORMATION_ACCEPTED);

    private final MeterRegistry registry;
    private final CarrierAccounts accounts;

    FilingCounters(MeterRegistry registry, CarrierAccounts accounts) {
        this.registry = registry;
        this.accounts = accounts;
    }

    /** Counts the message as received and, unless it repeats an answered message id, as accepted or rejected. */
    void count(InboundMessage message, IntakeReceipt receipt) {
        Tags tags = tagsOf(message);
        String answer = receipt.duplicate() ? null
                : receipt.type() == NoticeType.REJECTED ? "rejected"
                : ACCEPTED.contains(receipt.type()) ? "accepted" : null;
        afterCommit(() -> {
            counter("portcullis.filings.received", "filing messages taken in, repeated message ids included", tags)
                    .increment();
            if (answer != null) {
                counter("portcullis.filings." + answer, "filing messages " + answer + " (first answers only)", tags)
                        .increment();
            }
        });
    }

    Tags tagsOf(InboundMessage message) {
        String carrier = message.carrierId() != null && accounts.carrierIds().contains(message.carrierId())
                ? message.carrierId() : OTHER;
        return Tags.of("carrier", carrier, "channel", channelOf(message), "format", formatOf(message.contentType()));
    }

    private static String channelOf(InboundMessage message) {
        if (message.channel() == Channel.HTTP) {
            return "http";
        }
        String protocol = message.protocol() == null ? "" : message.protocol().toLowerCase(Locale.ROOT);
        return PROTOCOLS.contains(protocol) ? protocol : "queue";
    }

    private static String formatOf(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return "json";
        }
        return type.startsWith("application/edifact") ? "edifact" : OTHER;
    }

    private Counter counter(String name, String description, Tags tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
