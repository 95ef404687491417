package org.portcullis.app.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.broker.BrokerProperties;
import org.portcullis.casework.carrier.CarrierProperties;
import org.portcullis.casework.pcs.PcsProperties;

class ProductionPasswordsTest {

    private static final String BCRYPT = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ZXA.1mBVOf5WQ0Ga6Q3B7W";

    @Test
    void clearTextAndFastHashesRefuseTheStartNamingEachAccount() {
        var carriers = new CarrierProperties(Map.of("MSC", account("{noop}msc"), "MAEU", account(BCRYPT)));
        var pcs = new PcsProperties(null, null, 0, "PCS", "{sha256}abc");
        var broker = new BrokerProperties(false, null, null, null, "ops", BCRYPT, null, null);

        assertThatThrownBy(() -> new ProductionPasswords(carriers, pcs, broker))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("carrier MSC").hasMessageContaining("port community system PCS")
                .hasMessageNotContaining("MAEU").hasMessageNotContaining("operator");
    }

    @Test
    void slowHashesStart() {
        var carriers = new CarrierProperties(Map.of("MSC", account(BCRYPT)));
        var pcs = new PcsProperties(null, null, 0, null, null);
        var broker = new BrokerProperties(false, null, null, null, null, null, null, null);

        assertThatCode(() -> new ProductionPasswords(carriers, pcs, broker)).doesNotThrowAnyException();
    }

    private static CarrierProperties.Account account(String password) {
        return new CarrierProperties.Account(password, null, false);
    }
}
