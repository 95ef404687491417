package org.portcullis.casework.carrier;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The carriers that may file, by carrier id (also their user name on the broker and the HTTP API). Passwords are
 * stored encoded as Spring Security writes them ({@code {bcrypt}$2a$10$...}); no account exists unless configured
 * (the demo profile configures one for the sample carrier).
 *
 * <pre>
 * portcullis.carriers.accounts.MSC.password: "{bcrypt}$2a$10$..."
 * portcullis.carriers.accounts.MSC.notices: QUEUE          # or HTTP: poll GET /api/v1/notices only
 * portcullis.carriers.accounts.MSC.edifact-notices: true   # CUSRES for what the carrier filed in EDIFACT
 * </pre>
 */
@ConfigurationProperties("portcullis.carriers")
public record CarrierProperties(Map<String, Account> accounts) {

    public CarrierProperties {
        accounts = accounts == null ? Map.of() : new LinkedHashMap<>(accounts);
    }

    /** Where a carrier takes its notices: its broker queue (and the HTTP outbox), or the HTTP outbox only. */
    public enum NoticeChannel { QUEUE, HTTP }

    public record Account(String password, NoticeChannel notices, boolean edifactNotices) {

        public Account {
            notices = notices == null ? NoticeChannel.QUEUE : notices;
        }
    }
}
