package org.portcullis.casework.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.Samples;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.risk.RiskScore;
import org.portcullis.model.value.Mrn;
import org.portcullis.risk.RiskAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The model's lifecycle as authors drive it: a draft with its backtest, shadow (scores recorded, nothing acts),
 * live (scores reach the rules), roll back, off. One model trained on the generated history serves every test.
 */
class RiskModelLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final String MRN = "26NL00000000000001";
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static MigratedDatabase database;
    private static RiskModels models;
    private static StoredRiskScores scores;
    private static String version;
    private static Filing filing;
    private static StoredModel draft;

    @BeforeAll
    static void trainADraft() throws IOException {
        database = MigratedDatabase.latest();
        JdbcClient jdbc = database.jdbc();
        FilingDocuments documents = new FilingDocuments(FilingJson.objectMapper());
        String document = Files.readString(Samples.DIRECTORY.resolve("filing-green.json"));
        filing = documents.read(document, "m-1", "MSC");
        jdbc.sql("insert into clearance_case (mrn, carrier_id, lrn, status, vessel_imo, vessel_name, port_of_call, "
                + "eta, consignment_count, current_version, registered_at, updated_at) values "
                + "(?, 'MSC', 'LRN-1', 'REFERRED', '9839284', 'AURORA', 'NLRTM', ?, 2, 1, ?, ?)")
                .params(MRN, utc(NOW.plusSeconds(86_400)), utc(NOW), utc(NOW)).update();
        jdbc.sql("insert into filing_version (mrn, version, message_id, message_function, document, received_at) "
                + "values (?, 1, 'm-1', 'ORIGINAL', ?, ?)").params(MRN, document, utc(NOW)).update();
        RiskProperties properties = new RiskProperties(null, null, null, null, 42L, null, null, null);
        RiskModelStore store = new RiskModelStore(jdbc);
        StoredHistory history = new StoredHistory(jdbc, documents, properties, CLOCK);
        RiskAnalysis analysis = new RiskAnalysis(CLOCK);
        ServingModel serving = new ServingModel(store, history, analysis, CLOCK);
        models = new RiskModels(store, history, serving, analysis, properties, CLOCK);
        scores = new StoredRiskScores(serving, new RiskScoreRepository(jdbc), CLOCK);
        version = models.train("author", HistorySource.GENERATED);
        draft = models.models().get(0);
    }

    @Test
    void aTrainedModelIsADraftWithItsBacktestAgainstTheRulesAndServesNothing() {
        models.off("author");

        assertThat(draft.version()).isEqualTo(version);
        assertThat(draft.status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(draft.source()).isEqualTo(HistorySource.GENERATED);
        assertThat(draft.capacity()).isPositive();
        assertThat(draft.modelHitRate()).isGreaterThan(draft.rulesHitRate());
        assertThat(draft.backtest()).contains("RULES", "MODEL", "RULES_AND_MODEL");
        assertThat(scores.of(Mrn.of(MRN), filing)).isEmpty();
    }

    @Test
    void inShadowScoresAreRecordedWithTheCaseAndNotGivenToTheRules() {
        models.serve(version, RiskMode.SHADOW, "author");

        List<RiskScore> given = scores.of(Mrn.of(MRN), filing);

        assertThat(given).isEmpty();
        List<CaseRiskScore> recorded = new RiskScoresOfCases(new RiskScoreRepository(database.jdbc())).of(MRN);
        assertThat(recorded).extracting(CaseRiskScore::transportDocumentNumber)
                .containsExactly("MEDUSH123456", "MEDUSH123457");
        assertThat(recorded).allMatch(s -> s.mode() == RiskMode.SHADOW && s.modelVersion().equals(version));
        assertThat(recorded.get(0).reasons()).isNotEmpty().allMatch(r -> r.contribution() > 0);
    }

    @Test
    void liveScoresReachTheRulesAndRollingBackServesWhatServedBefore() {
        models.serve(version, RiskMode.SHADOW, "author");
        models.serve(version, RiskMode.LIVE, "author");

        assertThat(models.models().get(0).status()).isEqualTo(ModelStatus.LIVE);
        assertThat(scores.of(Mrn.of(MRN), filing)).hasSize(2).allMatch(s -> s.modelVersion().equals(version));

        ModelActivation back = models.rollback("supervisor");

        assertThat(back.mode()).isEqualTo(RiskMode.SHADOW);
        assertThat(back.activatedBy()).isEqualTo("supervisor");
        assertThat(scores.of(Mrn.of(MRN), filing)).isEmpty();
    }

    @Test
    void aModelThatDoesNotExistCannotServe() {
        assertThatThrownBy(() -> models.serve("000000000000", RiskMode.LIVE, "author"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no model 000000000000");
    }

    @Test
    void aModelThatCannotBeReadServesNothingAndTheRulesAssessAlone() {
        database.jdbc().sql("insert into risk_model (version, artifact, trained_at, trained_by, history_source, "
                + "window_from, window_to, inspected, findings, capacity, model_hit_rate, rules_hit_rate, "
                + "model_recall, rules_recall, model_auc, rules_auc, backtest) select 'unreadable01', ?, trained_at, "
                + "trained_by, history_source, window_from, window_to, inspected, findings, capacity, model_hit_rate, "
                + "rules_hit_rate, model_recall, rules_recall, model_auc, rules_auc, backtest from risk_model "
                + "where version = ?").params("not a model".getBytes(java.nio.charset.StandardCharsets.UTF_8), version)
                .update();

        models.serve("unreadable01", RiskMode.LIVE, "author");

        assertThat(models.current()).get().extracting(ModelActivation::version).isEqualTo("unreadable01");
        assertThat(scores.of(Mrn.of(MRN), filing)).isEmpty();
        models.serve(version, RiskMode.LIVE, "author");
        assertThat(scores.of(Mrn.of(MRN), filing)).hasSize(2);
    }

    @Test
    void scenariosWithoutAnMrnAreNotScored() {
        models.serve(version, RiskMode.LIVE, "author");

        assertThat(scores.of(null, filing)).isEmpty();
    }
}
