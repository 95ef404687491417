package org.portcullis.app.casefile;

import java.util.List;
import org.portcullis.app.notice.StoredNotice;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.clearance.OfficerDecision;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;

/**
 * Everything the case file page shows: the case, its current filing, the latest assessment, decisions and
 * notices, and its history (timeline, process path, versions of the filing).
 */
public record CaseFileView(CaseSummary summary, Filing filing, Assessment assessment,
        List<OfficerDecision> decisions, List<StoredNotice> notices, CaseHistory history) {

    public CaseFileView(CaseSummary summary, Filing filing, Assessment assessment, List<OfficerDecision> decisions,
            List<StoredNotice> notices) {
        this(summary, filing, assessment, decisions, notices, CaseHistory.NONE);
    }

    /** The findings about parties and persons: the screening matches of this filing. */
    public List<Finding> screeningFindings() {
        return assessment == null ? List.of() : assessment.findings().stream()
                .filter(f -> f.target().kind() == TargetKind.PARTY || f.target().kind() == TargetKind.PERSON)
                .toList();
    }

    /** Whether a finding names the party or person (by the name in its target). */
    public boolean screened(String name) {
        return name != null && screeningFindings().stream().anyMatch(f -> f.target().reference().contains(name));
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

    /** The case's history: what happened, the process path and the versions of the filing. */
    public record CaseHistory(List<TimelineEntry> timeline, ProcessPath.Path processPath,
            List<FilingVersions.Version> versions) {

        static final CaseHistory NONE = new CaseHistory(List.of(), new ProcessPath.Path(null, List.of(), List.of()),
                List.of());
    }
}
