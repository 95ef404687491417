package org.portcullis.casework.intake;

import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.portcullis.casework.carrier.CarrierAccounts;
import org.portcullis.casework.iot.CaseSubjects;
import org.portcullis.casework.carrier.CarrierProperties;
import org.portcullis.casework.cases.AssessmentRepository;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.documents.ParsedFilings;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.casework.ledger.LedgerFixture;
import org.portcullis.casework.notice.NoticeOutbox;
import org.portcullis.casework.notice.NoticeRelay;
import org.portcullis.casework.notice.NoticeRepository;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.messaging.notice.NoticeJson;
import org.portcullis.model.clearance.CaseClosedException;
import org.portcullis.model.clearance.ClearanceCases;
import org.portcullis.model.value.Mrn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The intake with its stores on a database of its own migrated by the application's migrations, and a
 * recording stand-in for the workflow ({@link RecordingCases}): no broker, no engine, no web.
 */
@Configuration
@EnableTransactionManagement(proxyTargetClass = true)
@Import({FilingRegistration.class, OriginalFilings.class, FilingChanges.class, CaseVersions.class,
        FiledLrnRepository.class, FilingGoodsLines.class, FilingPersons.class, InboundMessageRepository.class, Savepoints.class,
        NoticeRepository.class, NoticeOutbox.class, CaseFileRepository.class, AssessmentRepository.class,
        CarrierAccounts.class, CaseSubjects.class, LedgerFixture.class, StoredDocuments.class,
        ParsedFilings.class})
class IntakeFixture {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Bean
    DataSource dataSource() {
        return MigratedDatabase.latest().dataSource();
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    JdbcClient jdbcClient(DataSource dataSource) {
        return JdbcClient.create(dataSource);
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    FilingDocuments filingDocuments() {
        return new FilingDocuments(FilingJson.objectMapper());
    }

    @Bean
    NoticeJson noticeJson() {
        return new NoticeJson(FilingJson.objectMapper());
    }

    @Bean
    NoticeRelay noticeRelay() {
        return mock(NoticeRelay.class);
    }

    @Bean
    AuthorityProperties authorityProperties() {
        return new AuthorityProperties("NL");
    }

    @Bean
    CarrierProperties carrierProperties() {
        return new CarrierProperties(Map.of("ACME", new CarrierProperties.Account("{noop}acme", null, false)));
    }

    @Bean
    RecordingCases clearanceCases() {
        return new RecordingCases();
    }

    /** The workflow as the intake sees it: records what it was asked, and can refuse as a decided case would. */
    static final class RecordingCases implements ClearanceCases {

        final List<String> calls = new ArrayList<>();
        boolean closed;

        @Override
        public void open(Mrn mrn) {
            calls.add("open " + mrn.value());
        }

        @Override
        public void amend(Mrn mrn) {
            refuseWhenClosed(mrn);
            calls.add("amend " + mrn.value());
        }

        @Override
        public void cancel(Mrn mrn) {
            refuseWhenClosed(mrn);
            calls.add("cancel " + mrn.value());
        }

        @Override
        public void provideInformation(Mrn mrn, String answer) {
            refuseWhenClosed(mrn);
            calls.add("answer " + mrn.value());
        }

        @Override
        public boolean vesselArrived(Mrn mrn, Instant ata) {
            return false;
        }

        @Override
        public boolean missedArrival(Mrn mrn, Instant ata) {
            return false;
        }

        @Override
        public boolean vesselDeparted(Mrn mrn, Instant atd) {
            return false;
        }

        @Override
        public boolean raiseRisk(Mrn mrn, boolean wasCleared) {
            calls.add("raise risk " + mrn.value());
            return !closed;
        }

        private void refuseWhenClosed(Mrn mrn) {
            if (closed) {
                throw new CaseClosedException(mrn);
            }
        }
    }
}
