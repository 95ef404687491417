package org.portcullis.casework.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.security.CheckType;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.carrier.CarrierAccounts;
import org.portcullis.casework.carrier.CarrierProperties;
import org.portcullis.casework.iot.IotProperties;
import org.portcullis.casework.iot.SensorAccounts;

/** A sensor account on the broker: signs in with its password, publishes only under its own operator's topics. */
class SensorBrokerRightsTest {

    private final CarrierBrokerSecurity security = new CarrierBrokerSecurity(
            new CarrierAccounts(new CarrierProperties(Map.of("MSC", new CarrierProperties.Account("{noop}msc",
                    CarrierProperties.NoticeChannel.QUEUE, false)))),
            new BrokerAccount("portcullis.pcs.broker", null, null),
            new BrokerAccount("portcullis.broker.operator", null, null),
            new SensorAccounts(new IotProperties(List.of(new IotProperties.Account("acme-reefer-17", "{noop}acme",
                    "ACME")), null, 0, 0, null, null, null, null)));

    @Test
    void sensorCreatesAndSendsToItsOwnOperatorsTopicsOnly() {
        Subject sensor = security.authenticate("acme-reefer-17", "acme", null, null);

        assertThat(security.authorize(sensor, Set.of(), CheckType.CREATE_ADDRESS, "portcullis.iot.ACME.reefer-17"))
                .isTrue();
        assertThat(security.authorize(sensor, Set.of(), CheckType.SEND, "portcullis.iot.ACME.reefer-17")).isTrue();
        assertThat(security.authorize(sensor, Set.of(), CheckType.SEND, "portcullis.iot.OTHER.reefer-1")).isFalse();
        assertThat(security.authorize(sensor, Set.of(), CheckType.SEND, "portcullis.filings")).isFalse();
        assertThat(security.authorize(sensor, Set.of(), CheckType.CONSUME, "portcullis.iot.ACME.reefer-17"))
                .isFalse();
        assertThat(security.authorize(sensor, Set.of(), CheckType.CREATE_DURABLE_QUEUE,
                "portcullis.iot.ACME.reefer-17")).isFalse();
    }

    @Test
    void wrongPasswordSignsNobodyIn() {
        assertThat(security.authenticate("acme-reefer-17", "guess", null, null)).isNull();
        assertThat(security.validateUser("acme-reefer-17", "acme")).isTrue();
    }

    @Test
    void carrierMayNotPublishSensorEvents() {
        Subject carrier = security.authenticate("MSC", "msc", null, null);

        assertThat(security.authorize(carrier, Set.of(), CheckType.SEND, "portcullis.iot.ACME.reefer-17")).isFalse();
    }
}
