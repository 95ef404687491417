package org.portcullis.casework.iot;

import jakarta.jms.ConnectionFactory;

/**
 * Where the application reads sensor events: the application's own broker, or the sensor broker of
 * {@code portcullis.iot.broker.url}. A holder rather than a second {@link ConnectionFactory} bean, so that every other
 * listener and sender keeps the application's broker.
 */
public record SensorEventConnection(ConnectionFactory factory, boolean separate) {
}
