package org.portcullis.casework.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.portcullis.rules.agency.AgencyAssessor;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSelection;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.sharing.agency.Agencies;
import org.portcullis.sharing.agency.Agency;
import org.portcullis.sharing.config.AgenciesFile;
import org.portcullis.sharing.config.AgenciesFileException;
import org.portcullis.sharing.field.FilingFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the agencies file at start and refuses to start when it is broken (every problem with its line) or names
 * a lead agency it does not define or a rule folder the live rule set has no rules in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AgenciesProperties.class)
class AgenciesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AgenciesConfiguration.class);
    static final String PACKAGED = "/agencies/agencies.yml";

    @Bean
    Agencies agencies(AgenciesProperties properties) {
        Agencies agencies;
        try {
            agencies = read(Path.of(properties.file()));
        } catch (AgenciesFileException refused) {
            log.error("{}", refused.getMessage());
            throw refused;
        }
        if (agencies.byId(properties.lead()).isEmpty()) {
            throw new IllegalStateException("the agencies file defines no agency \"" + properties.lead()
                    + "\" (portcullis.agencies.lead, the agency of the main clearance path)");
        }
        log.info("Agencies: {}", agencies.all().stream().map(Agency::id).toList());
        return agencies;
    }

    @Bean
    AgencyAssessor agencyAssessor(DroolsFilingAssessor assessor, LiveRuleSet liveRuleSet, Agencies agencies) {
        checkRuleFolders(agencies, liveRuleSet.current());
        return new AgencyAssessor(assessor, liveRuleSet);
    }

    static Agencies read(Path file) {
        if (Files.exists(file)) {
            log.info("Reading the agencies file {}", file.toAbsolutePath());
            return AgenciesFile.read(file);
        }
        log.info("No agencies file at {}: the demo's agencies (packaged) serve", file);
        try (InputStream in = AgenciesConfiguration.class.getResourceAsStream(PACKAGED)) {
            if (in == null) {
                throw new IllegalStateException("no agencies file at " + file + " and none packaged");
            }
            return new AgenciesFile(FilingFields.published())
                    .parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "agencies.yml (packaged)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every rule folder an agency names must hold rules of the live rule set (a misspelled folder runs nothing). */
    static void checkRuleFolders(Agencies agencies, RuleSet ruleSet) {
        List<String> problems = new ArrayList<>();
        for (Agency agency : agencies.all()) {
            for (String folder : agency.ruleFolders()) {
                if (!RuleSelection.folders(Set.of(folder)).selectsAny(ruleSet)) {
                    problems.add("agency " + agency.id() + " names rule folder \"" + folder
                            + "\", which holds no rule of rule set " + ruleSet.version());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the agencies file is refused: " + String.join("; ", problems));
        }
    }
}
