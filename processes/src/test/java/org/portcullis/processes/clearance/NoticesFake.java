package org.portcullis.processes.clearance;

import org.portcullis.model.agency.Formality;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.notice.NoticeIssuer;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.value.Mrn;

/** Records the notices the workflow issued. */
class NoticesFake implements NoticeIssuer {

    record Issued(Mrn mrn, NoticeType type, String reason) {
    }

    final List<Issued> issued = new ArrayList<>();
    final List<Formality> formalities = new ArrayList<>();

    @Override
    public void issue(Mrn mrn, NoticeType type, String reason) {
        issued.add(new Issued(mrn, type, reason));
    }

    @Override
    public void issue(Mrn mrn, NoticeType type, String reason, Formality formality) {
        issued.add(new Issued(mrn, type, reason));
        formalities.add(formality);
    }

    List<NoticeType> types() {
        return issued.stream().map(Issued::type).toList();
    }
}
