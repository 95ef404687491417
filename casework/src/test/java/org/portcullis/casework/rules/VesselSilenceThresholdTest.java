package org.portcullis.casework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.Samples;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.casework.reassessment.ReassessmentProperties;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.certificate.ShipCertificateChecks;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.iot.CaseEvents;
import org.portcullis.model.iot.VesselPosition;
import org.portcullis.model.risk.RiskScores;
import org.portcullis.model.value.GeoPosition;
import org.portcullis.model.value.Mmsi;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.history.PersonHistory;
import org.portcullis.rules.screening.RedressRecords;
import org.portcullis.rules.watchlist.OfficialWatchlists;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The vessel silence threshold is one setting: the property {@code portcullis.reassessment.vessel-silent-after} that
 * the silence check uses also decides when the assessor the workflow calls sees {@code VesselSilent}, so when the
 * shipped rule IOT-008 fires; the DRL holds no number of its own.
 */
class VesselSilenceThresholdTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final LiveRuleSet RULES = new LiveRuleSet(new RuleSetCompiler(CLOCK)
            .compile(RuleSources.fromDirectory(Path.of("../rules/ruleset"))));

    private final MigratedDatabase database = MigratedDatabase.latest();

    @Test
    void theSilenceCheckPropertyAloneDecidesWhenRuleIot008Fires() throws IOException {
        Filing filing = green();
        // the green filing's vessel last reported 7 hours ago, its ETA a day ahead
        List<VesselPosition> silentSevenHours = List.of(new VesselPosition("ais-1", "AIS",
                NOW.minus(Duration.ofHours(7)), Mmsi.of(filing.vessel().mmsi()), null, new GeoPosition(50.0, 0.5),
                null, 15.0));

        assertThat(firedRules(Map.of(), filing, silentSevenHours)).as("the default, 12 hours")
                .doesNotContain("IOT-008");
        assertThat(firedRules(Map.of("portcullis.reassessment.vessel-silent-after", "PT6H"), filing,
                silentSevenHours)).contains("IOT-008");
        assertThat(firedRules(Map.of("portcullis.reassessment.vessel-silent-after", "PT8H"), filing,
                silentSevenHours)).doesNotContain("IOT-008");
    }

    private List<String> firedRules(Map<String, String> properties, Filing filing, List<VesselPosition> reports) {
        ReassessmentProperties reassessment = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("portcullis.reassessment", ReassessmentProperties.class);
        CaseEvents events = (mrn, about) -> List.copyOf(reports);
        DroolsFilingAssessor assessor = new RulesConfiguration().droolsFilingAssessor(RULES, CLOCK,
                new KnownParties(database.jdbc(), CLOCK, new DataSourceTransactionManager(database.dataSource())),
                PersonHistory.NONE, RedressRecords.NONE, new OfficialWatchlists(), events, RiskScores.NONE,
                ShipCertificateChecks.NONE, reassessment);
        return assessor.assess(null, filing).findings().stream().map(Finding::ruleId).toList();
    }

    private static Filing green() throws IOException {
        return new FilingDocuments(FilingJson.objectMapper())
                .read(Files.readString(Samples.DIRECTORY.resolve("filing-green.json")), "message-1", "ACME");
    }
}
