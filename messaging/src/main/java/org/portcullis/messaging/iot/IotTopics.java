package org.portcullis.messaging.iot;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where sensors publish and who may publish there. Topics are {@code portcullis/iot/<operator>/<levels...>}; an
 * account (a device's or an operator's) belongs to one operator and may publish only under that operator's level.
 * Artemis turns an MQTT topic into an address by replacing '/' with '.' (and escapes a '.' or '*' inside a level
 * with '\'), so {@code portcullis/iot/ACME/reefer-17} arrives on address {@code portcullis.iot.ACME.reefer-17}; the
 * broker's security manager sees the address form, the listener may see either. Only letters, digits, '-' and '_'
 * are allowed in a level, so both forms say the same and no escaped character can smuggle in another operator.
 */
public final class IotTopics {

    public static final String TOPIC_PREFIX = "portcullis/iot/";
    public static final String ADDRESS_PREFIX = "portcullis.iot.";
    /** Every address sensor events arrive on, in Artemis wildcard syntax (for the queue the listener reads). */
    public static final String ADDRESS_WILDCARD = "portcullis.iot.#";
    /** Where refused events go with their reason; outside {@link #ADDRESS_WILDCARD} so that none comes back. */
    public static final String DEAD_LETTER_ADDRESS = "portcullis.iot-events.DLQ";
    public static final String EVENT_SCHEMA = "schema/iot-event-v1.schema.json";

    private static final Pattern LEVEL = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_LEVELS_AFTER_PREFIX = 8;

    private final Map<String, String> operatorByAccount;

    /** The operator each broker account publishes for (a device account or the operator's own account). */
    public IotTopics(Map<String, String> operatorByAccount) {
        operatorByAccount.forEach((account, operator) -> {
            if (!LEVEL.matcher(operator).matches()) {
                throw new IllegalArgumentException("operator '" + operator + "' of account '" + account
                        + "' is not usable as a topic level: letters, digits, '-' and '_' only");
            }
        });
        this.operatorByAccount = Map.copyOf(operatorByAccount);
    }

    /** Whether the account may publish to the MQTT topic or the Artemis address it became. */
    public TopicVerdict check(String account, String topicOrAddress) {
        Optional<List<String>> levels = levels(topicOrAddress);
        if (levels.isEmpty()) {
            return topicOrAddress != null && (topicOrAddress.startsWith(TOPIC_PREFIX)
                    || topicOrAddress.startsWith(ADDRESS_PREFIX)) ? TopicVerdict.MALFORMED
                    : TopicVerdict.NOT_AN_IOT_TOPIC;
        }
        String operator = account == null ? null : operatorByAccount.get(account);
        if (operator == null) {
            return TopicVerdict.UNKNOWN_ACCOUNT;
        }
        return operator.equals(levels.get().get(0)) ? TopicVerdict.ALLOWED : TopicVerdict.OTHER_OPERATOR;
    }

    /** For the broker's security manager: may the account send to (or auto-create) this address? */
    public boolean mayPublish(String account, String address) {
        return check(account, address) == TopicVerdict.ALLOWED;
    }

    /** The operator level of a well-formed topic or address. */
    public static Optional<String> operatorOf(String topicOrAddress) {
        return levels(topicOrAddress).map(levels -> levels.get(0));
    }

    /** The Artemis address of a well-formed topic, as the broker names it. */
    public static Optional<String> addressOf(String topic) {
        return levels(topic).map(levels -> ADDRESS_PREFIX + String.join(".", levels));
    }

    /** The MQTT topic of a well-formed address. */
    public static Optional<String> topicOf(String address) {
        return levels(address).map(levels -> TOPIC_PREFIX + String.join("/", levels));
    }

    /** The levels after the prefix (operator first) when the topic or address is well formed. */
    private static Optional<List<String>> levels(String topicOrAddress) {
        if (topicOrAddress == null) {
            return Optional.empty();
        }
        String rest;
        String separator;
        if (topicOrAddress.startsWith(TOPIC_PREFIX)) {
            rest = topicOrAddress.substring(TOPIC_PREFIX.length());
            separator = "/";
        } else if (topicOrAddress.startsWith(ADDRESS_PREFIX)) {
            rest = topicOrAddress.substring(ADDRESS_PREFIX.length());
            separator = ".";
        } else {
            return Optional.empty();
        }
        List<String> levels = List.of(rest.split(Pattern.quote(separator), -1));
        boolean wellFormed = levels.size() >= 2 && levels.size() <= MAX_LEVELS_AFTER_PREFIX
                && levels.stream().allMatch(level -> LEVEL.matcher(level).matches());
        return wellFormed ? Optional.of(levels) : Optional.empty();
    }
}
