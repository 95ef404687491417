package org.portcullis.messaging.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;

/** The body of an inbound JMS message as bytes, and how often the broker has delivered it. */
public final class MessageBodies {

    private MessageBodies() {
    }

    /** The body of a text (as UTF-8) or bytes message; null for any other kind of message. */
    public static byte[] bytesOf(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText() == null ? new byte[0] : text.getText().getBytes(StandardCharsets.UTF_8);
        }
        if (message instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            return body;
        }
        return null;
    }

    /** The size of the body in bytes, read from the message's header for a bytes message; -1 for other kinds. */
    public static long sizeOf(Message message) throws JMSException {
        if (message instanceof BytesMessage bytes) {
            return bytes.getBodyLength();
        }
        if (message instanceof TextMessage text) {
            return text.getText() == null ? 0 : text.getText().getBytes(StandardCharsets.UTF_8).length;
        }
        return -1;
    }

    public static int deliveryCount(Message message) throws JMSException {
        return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
    }
}
