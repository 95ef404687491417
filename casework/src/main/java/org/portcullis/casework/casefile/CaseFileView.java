package org.portcullis.casework.casefile;

import org.portcullis.casework.cases.InformationAnswer;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.casework.cases.CaseInspection;
import org.portcullis.processes.history.ProcessPath;
import java.util.List;
import java.util.Optional;
import org.portcullis.casework.redress.RedressRecord;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.casework.notice.StoredNotice;
import org.portcullis.casework.pcs.StoredPcsNotice;
import org.portcullis.casework.pcs.StoredPortCallEvent;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;

/**
 * Everything the case file page shows: the case, its current filing, the latest assessment (findings and screening
 * matches), decisions, inspections, answers to requests for information, what the port community system said of
 * the port call, the notices to the carrier and to the terminal, the case's history (timeline, process path,
 * versions of the filing), and what sensors reported about its containers and vessel.
 */
public record CaseFileView(CaseSummary summary, Filing filing, Assessment assessment,
        List<OfficerDecision> decisions, List<StoredNotice> notices, List<CaseInspection> inspections,
        List<InformationAnswer> answers, List<StoredPortCallEvent> portCallEvents,
        List<StoredPcsNotice> terminalNotices, CaseHistory history, SensorEvidence sensors) {

    /**
     * The carrier's latest answer to the latest request for information, when it came after that request: what a
     * clerk reviewing the case again reads first.
     */
    public Optional<AnsweredQuestion> answeredQuestion() {
        OfficerDecision question = decisions.stream()
                .filter(decision -> decision.decision() == ReferralDecision.REQUEST_INFORMATION)
                .reduce((first, second) -> second).orElse(null);
        if (question == null || answers.isEmpty()) {
            return Optional.empty();
        }
        InformationAnswer answer = answers.get(answers.size() - 1);
        return answer.receivedAt().isBefore(question.decidedAt()) ? Optional.empty()
                : Optional.of(new AnsweredQuestion(question, answer));
    }

    /** A request for information and the carrier's answer to it. */
    public record AnsweredQuestion(OfficerDecision question, InformationAnswer answer) {
    }

    /** The lead agency's matches of the latest assessment, for a case file read without the agencies. */
    public ScreeningPart leadScreening() {
        return assessment == null ? new ScreeningPart(null, List.of(), List.of(), List.of(), true)
                : new ScreeningPart(null, ScreeningPart.numbered(assessment.screeningMatches()),
                        assessment.setAsideMatches(), history.redress(), true);
    }

    /** Whether screening matched the party or person of that name to a watchlist entry. */
    public boolean screened(String name) {
        return name != null && assessment != null && assessment.screeningMatches().stream()
                .anyMatch(match -> match.subject().reference().contains(name));
    }

    /** The goods items declared as dangerous goods (FAL 7), each with its bill of lading. */
    public List<DangerousGoodsLine> dangerousGoods() {
        return filing.consignments().stream().flatMap(consignment -> consignment.goodsItems().stream()
                .filter(item -> item.dangerousGoods() != null)
                .map(item -> new DangerousGoodsLine(consignment.transportDocumentNumber(), item)))
                .toList();
    }

    /** A dangerous goods item and the bill of lading it travels under. */
    public record DangerousGoodsLine(String transportDocumentNumber, GoodsItem item) {
    }

    /**
     * The case's history: what happened, the process path, the versions of the filing, and the redress records
     * that concern it: those marked on it, and the latest for each of its screening matches (marked on any case).
     */
    public record CaseHistory(List<TimelineEntry> timeline, ProcessPath.Path processPath,
            List<FilingVersions.Version> versions, List<RedressRecord> redress) {

        public CaseHistory {
            redress = redress == null ? List.of() : List.copyOf(redress);
        }

        /** A history without redress records. */
        public CaseHistory(List<TimelineEntry> timeline, ProcessPath.Path processPath,
                List<FilingVersions.Version> versions) {
            this(timeline, processPath, versions, List.of());
        }

        /** The latest redress record for the subject and entry of a match, if any. */
        public RedressRecord redressOf(ScreeningMatch match) {
            return ScreeningPart.latest(redress, match);
        }
    }
}
