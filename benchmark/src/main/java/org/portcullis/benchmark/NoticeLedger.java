package org.portcullis.benchmark;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every notice a carrier received, by the message it answers and its type, counted by distinct notice id (a copy
 * the broker delivered twice to the client is one notice; a second notice with its own id is a second notice).
 */
final class NoticeLedger implements MessageListener {

    private final Map<String, Map<String, Set<String>>> byMessage = new HashMap<>();
    private int repeats;

    @Override
    public synchronized void onMessage(Message message) {
        try {
            String correlation = message.getStringProperty("correlationId");
            String type = message.getStringProperty("noticeType");
            String noticeId = message.getStringProperty("noticeId");
            boolean added = byMessage.computeIfAbsent(correlation, id -> new HashMap<>())
                    .computeIfAbsent(type, t -> new HashSet<>()).add(noticeId);
            if (added && message instanceof TextMessage text && text.getText().contains("\"repeatsNoticeId\"")) {
                repeats++;
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized int count(String messageId, String type) {
        return byMessage.getOrDefault(messageId, Map.of()).getOrDefault(type, Set.of()).size();
    }

    synchronized int repeats() {
        return repeats;
    }

    /** Whether every message of the traffic has its answer, and every valid one its ASSESSMENT_COMPLETE. */
    synchronized boolean complete(Traffic traffic) {
        return complete(traffic, Set.of("ACCEPTED", "ASSESSMENT_COMPLETE"));
    }

    /** Whether every invalid message of the traffic has its REJECTED, and every valid one each of {@code types}. */
    synchronized boolean complete(Traffic traffic, Set<String> types) {
        for (int i = 0; i < traffic.count(); i++) {
            String id = traffic.messageId(i);
            if (Traffic.invalid(i) ? count(id, "REJECTED") == 0
                    : types.stream().anyMatch(type -> count(id, type) == 0)) {
                return false;
            }
        }
        return true;
    }
}
