package org.portcullis.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.portcullis.casework.casefile.CaseFileView;
import org.portcullis.casework.casefile.OfficerCaseFiles;
import org.portcullis.casework.cases.CaseHistoryRepository;
import org.portcullis.casework.cases.CaseInspection;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.casework.casefile.FilingVersions;
import org.portcullis.casework.cases.InformationAnswer;
import org.portcullis.processes.history.ProcessPath;
import org.portcullis.casework.casefile.TimelineEntry;
import org.portcullis.casework.notice.StoredNotice;
import org.portcullis.model.intake.Syntax;
import org.portcullis.casework.pcs.StoredPcsNotice;
import org.portcullis.casework.pcs.StoredPortCallEvent;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.pcs.PortCallEventType;

/** Case files for web slice tests, built from the sample filings of docs/samples. */
public final class CaseFileFixtures {

    public static final String MRN = "26NL00000000000010";
    public static final Instant REGISTERED = Instant.parse("2026-11-29T06:00:00Z");

    private CaseFileFixtures() {
    }

    public static String sample(String name) {
        try {
            return Files.readString(Path.of("..", "docs", "samples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Filing armsFiling() {
        return new FilingDocuments(FilingJson.objectMapper()).read(sample("filing-arms.json"), "m-1", "MSC");
    }

    public static CaseSummary summary(CaseStatus status) {
        return new CaseSummary(MRN, "MSC", "MSC-NLRTM-2026-0003", status, "9839284", "MSC AURORA", "NLRTM",
                Instant.parse("2026-12-04T14:00:00Z"), 1, 2, "m-2", Outcome.INSPECT, Lane.RED, REGISTERED,
                REGISTERED);
    }

    /** The arms sample, referred by TGT-001, amended once (the ETA moved), with its notices. */
    public static CaseFileView referredArmsCase(List<OfficerDecision> decisions) {
        Finding finding = new Finding("TGT-001", "Arms and ammunition (HS chapter 93): physical inspection",
                new Target(TargetKind.GOODS_ITEM, "MEDUAE778812 item 1"), Outcome.INSPECT,
                "HS code 930630 is in chapter 93, arms and ammunition", true);
        Assessment assessment = new Assessment(List.of(finding), Outcome.INSPECT, Lane.RED, "c4a0ee015e63",
                REGISTERED.plusSeconds(2));
        List<StoredNotice> notices = List.of(new StoredNotice("n-1", 1, "MSC", "ACCEPTED", "MSC-NLRTM-2026-0003", MRN,
                "m-1", "{}", Syntax.JSON, REGISTERED.plusSeconds(1), REGISTERED.plusSeconds(1), null));
        String first = sample("filing-arms.json");
        String second = first.replace("2026-12-04T14:00:00Z", "2026-12-05T09:30:00Z");
        List<FilingVersions.Version> versions = new FilingVersions().of(List.of(
                new CaseHistoryRepository.FilingVersion(1, "m-1", "ORIGINAL", REGISTERED, first),
                new CaseHistoryRepository.FilingVersion(2, "m-2", "AMENDMENT", REGISTERED.plusSeconds(600), second)));
        var path = new ProcessPath.Path("ACTIVE", List.of(
                new ProcessPath.Step("Task_AssessRisk", "Assess risk", "serviceTask", REGISTERED, REGISTERED, null,
                        false),
                new ProcessPath.Step("Task_ReviewReferral", "Review referral", "userTask", REGISTERED, null, null,
                        false)), List.of());
        var timeline = List.of(new TimelineEntry(REGISTERED, TimelineEntry.Kind.MESSAGE_IN, "timeline.messageIn",
                List.of("m-1", "QUEUE", "ACCEPTED")));
        return new CaseFileView(summary(CaseStatus.REFERRED), armsFiling(), assessment, decisions, notices, List.of(),
                List.of(), List.of(), List.of(), new CaseFileView.CaseHistory(timeline, path, versions));
    }

    /**
     * The arms case after the workflow went on: an inspection scheduled and its result recorded, the carrier's
     * answer to a question, the vessel's arrival, a notice to the terminal, and a watchlist match of the consignee.
     */
    public static CaseFileView inspectedArmsCase(List<OfficerDecision> decisions) {
        CaseFileView referred = referredArmsCase(decisions);
        Assessment assessment = new Assessment(referred.assessment().findings(), Outcome.INSPECT, Lane.RED,
                "c4a0ee015e63", REGISTERED.plusSeconds(2), List.of(), List.of(new ScreeningMatch("EU-SANCTIONS",
                        "WL-0007", "BALKAN SPORTING AMMUNITION", new Target(TargetKind.PARTY,
                        "Balkan Sporting Ammunition d.o.o. (consignee of MEDUAE778812)"), "party:balkan",
                        MatchStrength.CONFIRMED, 1.0, "the name and the country match")));
        Instant inspected = Instant.parse("2026-12-04T16:30:00Z");
        return new CaseFileView(summary(CaseStatus.UNDER_INSPECTION), referred.filing(), assessment, decisions,
                referred.notices(),
                List.of(new CaseInspection("Scanner ECT Delta", inspected, "clerk2", "clerk", REGISTERED.plusSeconds(900),
                        InspectionVerdict.IRREGULARITY_HOLD, "Undeclared rifles in the second pallet", null, "clerk2",
                        inspected.plusSeconds(3600))),
                List.of(new InformationAnswer("Sporting ammunition for the Zagreb shooting club",
                        REGISTERED.plusSeconds(300))),
                List.of(new StoredPortCallEvent("ata-1", PortCallEventType.VESSEL_ARRIVED,
                        Instant.parse("2026-12-04T13:40:00Z"), "FL648W", "ECT Delta 4", Instant.parse("2026-12-04T13:41:00Z"))),
                List.of(new StoredPcsNotice("p-1", 1, MRN, "MSCU7654329", "HELD_FOR_INSPECTION", "{}",
                        REGISTERED.plusSeconds(901), REGISTERED.plusSeconds(902))),
                referred.history());
    }

    /** The case file as an officer of every agency's reasons is shown it, without the agencies' part. */
    public static OfficerCaseFiles.OfficerCaseFile shown(CaseFileView caseFile) {
        return new OfficerCaseFiles.OfficerCaseFile(caseFile, null);
    }
}
