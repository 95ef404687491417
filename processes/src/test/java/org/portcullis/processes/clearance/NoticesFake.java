package org.portcullis.processes.clearance;

import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.agency.Formality;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.notice.NoticeIssuer;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;

/** Records the notices the workflow issued. */
class NoticesFake implements NoticeIssuer {

    record Issued(Mrn mrn, NoticeType type, String reason) {
    }

    final List<Issued> issued = new ArrayList<>();
    /** The lane each notice was given (null: the assessment's), in the order of {@link #issued}. */
    final List<Lane> lanes = new ArrayList<>();
    final List<Formality> formalities = new ArrayList<>();

    @Override
    public void issue(Mrn mrn, NoticeType type, String reason, Lane lane) {
        issued.add(new Issued(mrn, type, reason));
        lanes.add(lane);
    }

    @Override
    public void issue(Mrn mrn, NoticeType type, String reason, Formality formality) {
        issued.add(new Issued(mrn, type, reason));
        lanes.add(null);
        formalities.add(formality);
    }

    List<NoticeType> types() {
        return issued.stream().map(Issued::type).toList();
    }
}
