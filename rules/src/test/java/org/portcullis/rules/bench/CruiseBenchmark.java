package org.portcullis.rules.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.portcullis.model.agency.AgencyAssessment;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.WatchlistVersion;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GuardianRelation;
import org.portcullis.model.filing.Person;
import org.portcullis.model.filing.PersonRole;
import org.portcullis.model.traveldocument.IcaoCountryCodes;
import org.portcullis.model.traveldocument.MrzBuilder;
import org.portcullis.model.traveldocument.MrzFormat;
import org.portcullis.model.value.CountryCode;
import org.portcullis.model.value.Mrn;
import org.portcullis.rules.agency.AgencyAssessor;
import org.portcullis.rules.agency.AgencyRules;
import org.portcullis.rules.engine.DroolsFilingAssessor;
import org.portcullis.rules.engine.LiveRuleSet;
import org.portcullis.rules.engine.RuleSet;
import org.portcullis.rules.engine.RuleSetCompiler;
import org.portcullis.rules.engine.RuleSources;
import org.portcullis.rules.engine.TestPersons;
import org.portcullis.rules.history.InMemoryPersonHistory;
import org.portcullis.rules.history.PersonSighting;
import org.portcullis.rules.screening.PersonWatchlistEntry;
import org.portcullis.rules.screening.RedressRecords;
import org.portcullis.rules.watchlist.ImportedList;
import org.portcullis.rules.watchlist.ListFormat;
import org.portcullis.rules.watchlist.OfficialWatchlists;

/**
 * A cruise ship's filing of 9,000 persons (1,500 crew, 7,500 passengers: families with minors, booking groups,
 * half of the documents with their MRZ, 450 listed persons among them) screened and assessed with the repository's
 * rule set against an official list of 1,000,000 generated entries, with a person history of the ship's last call
 * and 9,000 earlier listings: border police's assessment as the workflow runs it (persons are screened there only),
 * and the port call's four assessments together. Rounds and warm-ups: {@code -Dbench.rounds}, {@code
 * -Dbench.warmup}. Run with {@code mvn -B -pl rules -am -Pbench verify -Dtest=CruiseBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; figures go to the log and target/benchmark/rules.txt.
 */
class CruiseBenchmark {

    private static final int ENTRIES = Integer.getInteger("bench.watchlist", 1_000_000);
    private static final int CREW = 1_500;
    private static final int PASSENGERS = 7_500;
    private static final int LISTED_ON_BOARD = 450;
    /** Border police's rules as the agencies file gives them: persons are screened in their assessment only. */
    private static final AgencyRules BORDER = new AgencyRules("border", Set.of("persons"));
    /** The other agencies that clear the port call beside customs (config/agencies.yml). */
    private static final List<AgencyRules> AGENCIES = List.of(new AgencyRules("health", Set.of("health")),
            new AgencyRules("maritime", Set.of("maritime")), BORDER);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 5);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 11);
    private static final String VESSEL = "9321483";

    @Test
    void assessACruiseFilingOfNineThousandPersonsAgainstAMillionEntryList() {
        SyntheticPeople people = new SyntheticPeople(20261205L);
        List<SyntheticPeople.Someone> listed = new ArrayList<>(ENTRIES);
        List<PersonWatchlistEntry> entries = new ArrayList<>(ENTRIES);
        for (int i = 0; i < ENTRIES; i++) {
            SyntheticPeople.Someone someone = people.someone();
            listed.add(someone);
            entries.add(new PersonWatchlistEntry("ofac-sdn", "E" + i, someone.fullName(),
                    people.chance(90) ? someone.birth().toString() : null, someone.nationality(),
                    people.chance(30) ? someone.document() : null, "generated"));
        }
        OfficialWatchlists lists = new OfficialWatchlists();
        long t0 = System.nanoTime();
        lists.serve(List.of(new ImportedList("ofac-sdn", ListFormat.OFAC_SDN,
                new WatchlistVersion("generated", LocalDate.of(2026, 12, 5), "bench"), entries, List.of(), 0)));
        double indexSeconds = (System.nanoTime() - t0) / 1e9;

        Filing filing = cruise(people, listed);
        InMemoryPersonHistory history = history(filing);
        RuleSet ruleSet = new RuleSetCompiler(Clock.systemUTC()).compile(RuleSources.fromDirectory(Path.of("ruleset")));
        LiveRuleSet live = new LiveRuleSet(ruleSet);
        DroolsFilingAssessor assessor = new DroolsFilingAssessor(live, Clock.systemUTC(),
                new DroolsFilingAssessor.Sources((keys, filed) -> Set.copyOf(keys), history, RedressRecords.NONE,
                        lists));
        AgencyAssessor agencies = new AgencyAssessor(assessor, live);
        Mrn mrn = Mrn.issue(26, CountryCode.of("NL"), 9000);

        AgencyAssessor withoutLists = new AgencyAssessor(new DroolsFilingAssessor(live, Clock.systemUTC(),
                new DroolsFilingAssessor.Sources((keys, filed) -> Set.copyOf(keys), history, RedressRecords.NONE,
                        new OfficialWatchlists())), live);
        // As the workflow's Task_AssessForAgency has border police assess (AgencyClearanceService.assess).
        Supplier<AgencyAssessment> borderPolice = () -> agencies.assess(ruleSet, BORDER, mrn, filing);
        // The whole port call: customs' main assessment on the workflow's main path, then every other agency's.
        Supplier<Integer> wholePortCall = () -> assessor.assess(ruleSet, mrn, filing).findings().size()
                + agencies.assessAll(AGENCIES, mrn, filing).size();
        Supplier<AgencyAssessment> noList = () -> withoutLists.assess(ruleSet, BORDER, mrn, filing);
        for (int i = 0; i < WARM_UP; i++) {
            // Every kind warmed before any is measured: under load the JIT compiles for minutes.
            borderPolice.get();
            wholePortCall.get();
            noList.get();
        }
        var timings = BenchmarkReport.interleaved(ROUNDS, List.of(borderPolice, wholePortCall, noList));
        var border = timings.get(0);
        Assessment assessment = ((AgencyAssessment) border.last()).assessment();
        var portCall = timings.get(1);
        var rulesOnly = timings.get(2);
        Map<String, Integer> byRule = new TreeMap<>();
        assessment.findings().stream().map(Finding::ruleId).forEach(id -> byRule.merge(id, 1, Integer::sum));
        BenchmarkReport.line("Cruise: %,d-entry list served in %.1f s; border police's assessment of the filing of %,d"
                + " persons (screened and assessed), %d rounds (taking turns with the two below) after %d warm-ups"
                + " of each: wall median %.0f ms, p95 %.0f, max"
                + " %.0f; CPU of all Java threads median %.0f ms (calling thread and rule session %.0f ms), of the"
                + " process %.0f ms; the same without the official list: wall median %.0f ms, CPU of all Java threads"
                + " %.0f ms; %d screening matches, findings by rule %s", ENTRIES, indexSeconds, CREW + PASSENGERS,
                ROUNDS, WARM_UP, BenchmarkReport.median(border.wall()), BenchmarkReport.p95(border.wall()),
                BenchmarkReport.max(border.wall()), BenchmarkReport.median(border.allCpu()),
                BenchmarkReport.median(border.cpu()), BenchmarkReport.median(border.processCpu()),
                BenchmarkReport.median(rulesOnly.wall()), BenchmarkReport.median(rulesOnly.allCpu()),
                assessment.screeningMatches().size(), byRule);
        BenchmarkReport.line("Cruise: the port call's four assessments (customs' main one, port health, maritime"
                + " authority, border police) of the same filing: wall median %.0f ms, p95 %.0f, max %.0f; CPU of all"
                + " Java threads median %.0f ms, of the process %.0f ms", BenchmarkReport.median(portCall.wall()),
                BenchmarkReport.p95(portCall.wall()), BenchmarkReport.max(portCall.wall()),
                BenchmarkReport.median(portCall.allCpu()), BenchmarkReport.median(portCall.processCpu()));
    }

    /** Crew and passengers; every 20th person a variant of a listed person; families, groups, MRZs. */
    private static Filing cruise(SyntheticPeople people, List<SyntheticPeople.Someone> listed) {
        List<Person> crew = new ArrayList<>(CREW);
        List<Person> passengers = new ArrayList<>(PASSENGERS);
        int step = (CREW + PASSENGERS) / LISTED_ON_BOARD;
        for (int i = 0; i < CREW + PASSENGERS; i++) {
            SyntheticPeople.Someone someone = i % step == 0
                    ? people.variant(listed.get(people.nextInt(listed.size())), new ArrayList<>()) : people.someone();
            boolean isCrew = i < CREW;
            var builder = (isCrew ? TestPersons.crew(someone.family(), someone.given())
                    : TestPersons.passenger(someone.family(), someone.given())).born(someone.birth().toString())
                    .nationality(someone.nationality());
            String number = someone.document().substring(0, 2) + String.format(Locale.ROOT, "%07d", i);
            String mrz = i % 2 == 0 ? MrzBuilder.build(MrzFormat.TD3, "P",
                    IcaoCountryCodes.of(CountryCode.of(someone.nationality())),
                    someone.family(), someone.given(), number,
                    IcaoCountryCodes.of(CountryCode.of(someone.nationality())),
                    someone.birth(), "F", LocalDate.of(2030, 1, 1), "").text() : null;
            builder.document("PASSPORT", number, someone.nationality(), "2030-01-01", mrz);
            if (!isCrew) {
                builder.embarked("ESBCN", "2026-11-28").booking("BK" + (i / 4), "2026-09-01", "CARD", false);
                if (i % 10 == 5 && !passengers.isEmpty()) {
                    Person parent = passengers.get(passengers.size() - 1);
                    builder = TestPersons.passenger(parent.familyName(), someone.given()).born("2016-05-05")
                            .nationality(someone.nationality()).document("PASSPORT", number, someone.nationality(),
                                    "2030-01-01").guardian(parent.travelDocument().number(), GuardianRelation.PARENT)
                            .booking("BK" + (i / 4), "2026-09-01", "CARD", false);
                }
            }
            (isCrew ? crew : passengers).add(builder.build());
        }
        return TestPersons.filing(crew, passengers, TestPersons.ETD, List.of(TestPersons.visit("ESBCN", "2026-11-28"),
                TestPersons.visit("ITCVV", "2026-11-30")), List.of());
    }

    /** The ship's crew list at its last call (all of today's crew), and each passenger once on another ship. */
    private static InMemoryPersonHistory history(Filing filing) {
        InMemoryPersonHistory history = new InMemoryPersonHistory();
        for (Person person : filing.crew()) {
            history.add(sighting("26NL0000000000001", VESSEL, "ITCVV", person));
        }
        for (Person person : filing.passengers()) {
            history.add(sighting("26NL0000000000002", "9000001", "FRMRS", person));
        }
        return history;
    }

    private static PersonSighting sighting(String mrn, String vessel, String port, Person person) {
        return new PersonSighting(mrn, vessel, "VESSEL " + vessel, port, LocalDate.of(2026, 11, 20),
                person.role() == PersonRole.CREW ? PersonRole.CREW : PersonRole.PASSENGER, person.familyName(),
                person.givenNames(), person.dateOfBirth(), person.travelDocument().number());
    }
}
