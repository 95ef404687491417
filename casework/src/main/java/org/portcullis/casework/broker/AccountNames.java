package org.portcullis.casework.broker;

import java.util.LinkedHashSet;
import java.util.Set;
import org.portcullis.casework.carrier.CarrierAccounts;
import org.portcullis.casework.messaging.MessagingProperties;
import org.portcullis.casework.pcs.PcsProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a carrier account bears the name of an internal user: the application's own broker user
 * (which may file under any carrier id), the port community system's or the operator's account. Such a carrier
 * would inherit their rights.
 */
@Component
class AccountNames {

    AccountNames(CarrierAccounts carriers, MessagingProperties messaging, PcsProperties pcs,
            BrokerProperties broker) {
        Set<String> internal = new LinkedHashSet<>(messaging.trustedSenders());
        internal.add(MessagingProperties.APPLICATION_USER);
        if (pcs.brokerUser() != null) {
            internal.add(pcs.brokerUser());
        }
        if (broker.operatorUser() != null) {
            internal.add(broker.operatorUser());
        }
        Set<String> clashes = new LinkedHashSet<>(carriers.carrierIds());
        clashes.retainAll(internal);
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("carrier account(s) " + clashes + " bear the name of an internal user "
                    + internal + "; rename the carrier account (portcullis.carriers.accounts)");
        }
    }
}
