package org.portcullis.processes.clearance;

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

    @Override
    public void issue(Mrn mrn, NoticeType type, String reason) {
        issued.add(new Issued(mrn, type, reason));
    }

    List<NoticeType> types() {
        return issued.stream().map(Issued::type).toList();
    }
}
