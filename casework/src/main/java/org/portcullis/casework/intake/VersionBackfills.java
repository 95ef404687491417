package org.portcullis.casework.intake;

import org.portcullis.messaging.filing.FilingDocuments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The one-time back-fills of rows written with each filing version: goods lines (V43) and persons (V90). */
@Configuration(proxyBeanMethods = false)
class VersionBackfills {

    @Bean
    VersionBackfill goodsLineBackfill(FilingGoodsLines goodsLines, JdbcClient jdbc, FilingDocuments documents,
            TransactionTemplate transactions) {
        return new VersionBackfill("goods lines", "filing_goods_line_backfill", goodsLines::insert, jdbc, documents,
                transactions);
    }

    @Bean
    VersionBackfill personBackfill(FilingPersons persons, JdbcClient jdbc, FilingDocuments documents,
            TransactionTemplate transactions) {
        return new VersionBackfill("crew and passenger lists", "filing_person_backfill", persons::insert, jdbc,
                documents, transactions);
    }
}
