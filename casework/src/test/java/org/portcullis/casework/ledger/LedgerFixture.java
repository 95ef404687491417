package org.portcullis.casework.ledger;

import org.portcullis.ledger.TransparencyLog;
import org.portcullis.ledger.sth.LogKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The log's beans for a test context that has a migrated database, a transaction manager, a JdbcClient and a
 * clock: a fresh key per context, as the demo key is generated at the first start.
 */
@Configuration
@Import({Ledger.class, LedgerRepository.class, LedgerSequencer.class, LogTree.class, PublicLog.class})
public class LedgerFixture {

    @Bean
    TransparencyLog transparencyLog() {
        return new TransparencyLog(LogKey.generate());
    }

    /** A head after every group, so that a test sees the head of what it sequenced. */
    @Bean
    TreeHeadSchedule treeHeadSchedule() {
        return TreeHeadSchedule.EVERY_GROUP;
    }

    @Bean
    RetiredLogKeys retiredLogKeys() {
        return RetiredLogKeys.NONE;
    }
}
