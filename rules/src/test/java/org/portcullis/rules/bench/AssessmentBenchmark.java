package org.portcullis.rules.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.error.InvalidValueException;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.Packages;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.HsCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.model.value.UnLocode;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.PartyHistory;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.engine.TestFilings;
import org.portcullis.rules.screening.RedressRegister;

/**
 * Assessing one filing of 10,000 consignments (20,000 goods items, 10,000 containers, 30,000 parties) with the
 * repository's rule set: every consignor a first-time shipper, a mix of origins and HS codes that makes a share of
 * the rules fire. Run with {@code mvn -B -pl rules -am -Pbench verify}.
 */
class AssessmentBenchmark {

    private static final int CONSIGNMENTS = 10_000;
    private static final String[] PORTS = {"CNSHA", "CNNGB", "SGSIN", "ECGYE", "COCTG", "AEJEA", "IRBND", "TRMER",
        "USNYC", "BRSSZ"};
    private static final String[] HS = {"940511", "850440", "630221", "080390", "090111", "610910", "950300",
        "271019", "930630", "870830"};
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 7;

    @Test
    void assessTenThousandConsignments() {
        RuleSet ruleSet = new RuleSetCompiler(Clock.systemUTC()).compile(RuleSources.fromDirectory(Path.of("ruleset")));
        DroolsFilingAssessor assessor = new DroolsFilingAssessor(new LiveRuleSet(ruleSet), Clock.systemUTC(),
                PartyHistory.NONE, RedressRegister.NONE);
        Filing filing = TestFilings.filing(consignments(new Random(7)));
        Mrn mrn = Mrn.issue(26, CountryCode.of("NL"), 4242);

        var timings = BenchmarkReport.time(WARM_UP, ROUNDS, () -> assessor.assess(ruleSet, mrn, filing));
        Assessment assessment = timings.last();
        long[] wall = timings.wall();
        long[] cpu = timings.cpu();
        BenchmarkReport.line("Assessment: one filing of %,d consignments (%,d findings, outcome %s): median %.0f ms"
                + " (max %.0f), CPU of the assessing thread and its rule session worker median %.0f ms; %d rules",
                CONSIGNMENTS, assessment.findings().size(), assessment.outcome(), BenchmarkReport.median(wall),
                BenchmarkReport.max(wall), BenchmarkReport.median(cpu), ruleSet.rules().size());
    }

    private static List<Consignment> consignments(Random random) {
        List<Consignment> consignments = new ArrayList<>(CONSIGNMENTS);
        for (int i = 0; i < CONSIGNMENTS; i++) {
            ContainerNumber container = container(i);
            List<GoodsItem> items = List.of(item(1, random, container), item(2, random, container));
            consignments.add(new Consignment("BL" + i, TestFilings.party("Shipper " + random.nextInt(5_000)
                    + " Trading Ltd", "CN"), TestFilings.party("Consignee " + i + " BV", "NL"), null,
                    UnLocode.of(PORTS[random.nextInt(PORTS.length)]), UnLocode.of("NLRTM"), items,
                    List.of(new TransportEquipment(container, List.of("S" + i)))));
        }
        return consignments;
    }

    private static GoodsItem item(int sequence, Random random, ContainerNumber container) {
        String description = random.nextInt(20) == 0 ? "General cargo" : "Goods of kind " + random.nextInt(500);
        return new GoodsItem(sequence, description, HsCode.of(HS[random.nextInt(HS.length)]),
                new Packages(1 + random.nextInt(500), "CT"), BigDecimal.valueOf(100 + random.nextInt(20_000)),
                List.of(container), null);
    }

    /** A container number with a valid ISO 6346 check digit. */
    private static ContainerNumber container(int serial) {
        String body = "BNCU" + String.format("%06d", serial);
        for (int digit = 0; digit <= 9; digit++) {
            try {
                return ContainerNumber.of(body + digit);
            } catch (InvalidValueException e) {
                // try the next check digit
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }
}
