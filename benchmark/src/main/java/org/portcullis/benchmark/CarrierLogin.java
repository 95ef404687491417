package org.portcullis.benchmark;

/** Where a carrier of the benchmark signs in to the broker, and as whom (its carrier id is its user name). */
record CarrierLogin(String host, int port, String carrierId, String password) {
}
