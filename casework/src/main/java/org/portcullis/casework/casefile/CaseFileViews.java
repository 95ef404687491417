package org.portcullis.casework.casefile;

import org.portcullis.casework.cases.InformationAnswer;
import org.portcullis.casework.cases.ControlRecordRepository;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.casework.cases.CaseInspection;
import org.portcullis.casework.cases.CaseHistoryRepository;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.redress.RedressDesk;
import org.portcullis.casework.redress.RedressRecord;
import org.portcullis.processes.history.ProcessPath;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.assessment.Assessment;
import java.util.Optional;
import java.util.stream.Stream;
import org.portcullis.casework.notice.NoticeRepository;
import org.portcullis.casework.notice.StoredNotice;
import org.portcullis.casework.pcs.PcsNoticeRepository;
import org.portcullis.casework.pcs.StoredPcsNotice;
import org.portcullis.casework.pcs.StoredPortCallEvent;
import org.portcullis.casework.pcs.VesselArrivalLookup;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles case files for the web UI. */
@Service
public class CaseFileViews {

    private final CaseFileRepository cases;
    private final NoticeRepository notices;
    private final ControlRecordRepository controls;
    private final VesselArrivalLookup portCalls;
    private final PcsNoticeRepository terminalNotices;
    private final CaseHistoryRepository history;
    private final ProcessPath processPath;
    private final FilingVersions versions;
    private final RedressDesk redress;

    public CaseFileViews(CaseFileRepository cases, NoticeRepository notices, ControlRecordRepository controls,
            VesselArrivalLookup portCalls, PcsNoticeRepository terminalNotices, CaseHistoryRepository history,
            ProcessPath processPath, FilingVersions versions, RedressDesk redress) {
        this.cases = cases;
        this.notices = notices;
        this.controls = controls;
        this.portCalls = portCalls;
        this.terminalNotices = terminalNotices;
        this.history = history;
        this.processPath = processPath;
        this.versions = versions;
        this.redress = redress;
    }

    /** The case file, or empty when the text is not an MRN or names no case. */
    @Transactional(readOnly = true)
    public Optional<CaseFileView> find(String mrnText) {
        if (!Mrn.isValid(mrnText)) {
            return Optional.empty();
        }
        return cases.summary(Mrn.of(mrnText)).map(this::of);
    }

    /** The case file of a case whose summary the caller has read already (a task page reads it with the task). */
    @Transactional(readOnly = true)
    public CaseFileView of(CaseSummary summary) {
        Mrn mrn = Mrn.of(summary.mrn());
        List<OfficerDecision> decisions = cases.decisions(mrn);
        List<StoredNotice> caseNotices = notices.forCase(mrn.value());
        List<CaseInspection> inspections = controls.inspections(mrn);
        List<InformationAnswer> answers = controls.answers(mrn);
        List<StoredPortCallEvent> events = portCalls.eventsOfCall(summary);
        List<StoredPcsNotice> toTerminal = terminalNotices.forCase(mrn.value());
        List<RedressRecord> markedHere = redress.ofCase(mrn.value());
        Assessment assessment = cases.latestAssessment(mrn).orElse(null);
        List<TimelineEntry> timeline = TimelineEntry.inOrder(Stream.of(
                history.messagesIn(mrn).stream().map(TimelineEntry::messageIn),
                answers.stream().map(TimelineEntry::answer),
                history.assessments(mrn).stream().map(TimelineEntry::assessment),
                decisions.stream().map(TimelineEntry::decision),
                inspections.stream().flatMap(TimelineEntry::inspection),
                events.stream().map(TimelineEntry::portCallEvent),
                caseNotices.stream().map(TimelineEntry::notice),
                toTerminal.stream().map(TimelineEntry::terminalNotice),
                markedHere.stream().flatMap(TimelineEntry::redress)).flatMap(entries -> entries));
        List<RedressRecord> redressRecords = new ArrayList<>(markedHere);
        if (assessment != null) {
            redress.latestFor(assessment.screeningMatches()).stream()
                    .filter(record -> !markedHere.contains(record)).forEach(redressRecords::add);
        }
        List<CaseHistoryRepository.FilingVersion> stored = history.versions(mrn);
        return new CaseFileView(summary, cases.currentFiling(summary, stored),
                assessment, decisions, caseNotices, inspections, answers, events,
                toTerminal, new CaseFileView.CaseHistory(timeline, processPath.of(mrn.value()), versions.of(stored),
                redressRecords));
    }
}
