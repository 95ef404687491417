package org.portcullis.casework.broker;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.carrier.CarrierAccounts;
import org.portcullis.casework.carrier.CarrierProperties;
import org.portcullis.casework.iot.IotProperties;
import org.portcullis.casework.iot.SensorAccounts;
import org.portcullis.casework.messaging.MessagingProperties;
import org.portcullis.casework.pcs.PcsProperties;

class AccountNamesTest {

    private static final MessagingProperties MESSAGING = new MessagingProperties(null, 0, null, null, null);
    private static final PcsProperties PCS = new PcsProperties(null, null, 0, "PCS", "pcs");
    private static final BrokerProperties BROKER = new BrokerProperties(true, null, null, null, "ops", "ops", null, null);
    private static final SensorAccounts NO_SENSORS = sensors();

    @Test
    void aCarrierAccountNamedLikeTheApplicationsOwnBrokerUserIsRefusedAtStart() {
        assertThatThrownBy(() -> new AccountNames(carriers("MSC", "portcullis"), MESSAGING, PCS, BROKER, NO_SENSORS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[portcullis]")
                .hasMessageContaining("portcullis.carriers.accounts");
    }

    @Test
    void carrierAccountsNamedLikeThePortCommunitySystemOrTheOperatorAreRefused() {
        assertThatThrownBy(() -> new AccountNames(carriers("PCS", "ops"), MESSAGING, PCS, BROKER, NO_SENSORS))
                .hasMessageMatching("carrier account\\(s\\) \\[(ops, PCS|PCS, ops)\\] bear .*");
    }

    @Test
    void carrierAccountsWithTheirOwnNamesStart() {
        assertThatCode(() -> new AccountNames(carriers("MSC", "MAEU"), MESSAGING, PCS, BROKER, NO_SENSORS))
                .doesNotThrowAnyException();
    }

    @Test
    void aSensorAccountNamedLikeACarrierOrTheOperatorIsRefusedAtStart() {
        assertThatThrownBy(() -> new AccountNames(carriers("MSC"), MESSAGING, PCS, BROKER, sensors("MSC", "ops")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageMatching("sensor account\\(s\\) \\[(MSC, ops|ops, MSC)\\] bear .*portcullis.iot.accounts.*");
    }

    @Test
    void sensorAccountsWithTheirOwnNamesStart() {
        assertThatCode(() -> new AccountNames(carriers("MSC"), MESSAGING, PCS, BROKER, sensors("acme-reefer-17")))
                .doesNotThrowAnyException();
    }

    private static SensorAccounts sensors(String... users) {
        return new SensorAccounts(new IotProperties(Arrays.stream(users)
                .map(user -> new IotProperties.Account(user, "{noop}secret", "ACME")).toList(), null, 0, 0, null, null, null, null));
    }

    private static CarrierAccounts carriers(String... ids) {
        Map<String, CarrierProperties.Account> accounts = new LinkedHashMap<>();
        for (String id : ids) {
            accounts.put(id, new CarrierProperties.Account("{noop}secret", null, false));
        }
        return new CarrierAccounts(new CarrierProperties(accounts));
    }
}
