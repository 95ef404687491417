package org.portcullis.app.casefile;

import org.portcullis.model.assessment.Lane;
import org.portcullis.model.clearance.CaseStatus;

/**
 * What the officer asks of the case search, bound from the query: the text (MRN, LRN, vessel name or IMO number),
 * status, lane and page. A value that does not bind (a status or lane that does not exist, a page that is not a
 * number) is left at its default and explained at its field; the rest of the search still applies.
 */
public class CaseSearchForm {

    private String q;
    private CaseStatus status;
    private Lane lane;
    private int page;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public Lane getLane() {
        return lane;
    }

    public void setLane(Lane lane) {
        this.lane = lane;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
