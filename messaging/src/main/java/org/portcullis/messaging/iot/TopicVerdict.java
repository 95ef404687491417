package org.portcullis.messaging.iot;

/** Whether an account may publish sensor events to a topic, and if not, why. */
public enum TopicVerdict {
    ALLOWED("allowed"),
    NOT_AN_IOT_TOPIC("the topic is not under portcullis/iot/"),
    MALFORMED("a level of the topic is empty, too long or holds characters other than letters, digits, '-' and '_',"
            + " or the topic has no level after the operator or more than eight"),
    UNKNOWN_ACCOUNT("the account belongs to no sensor operator"),
    OTHER_OPERATOR("the topic names another operator than the account's own");

    private final String reason;

    TopicVerdict(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
