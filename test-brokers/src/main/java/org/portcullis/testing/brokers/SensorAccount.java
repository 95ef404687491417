package org.portcullis.testing.brokers;

/** A sensor's account on the sensor broker: its user, its password and the operator whose topics it publishes to. */
public record SensorAccount(String user, String password, String operator) {
}
