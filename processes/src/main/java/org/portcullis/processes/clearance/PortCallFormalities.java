package org.portcullis.processes.clearance;

import org.portcullis.model.agency.AgencyClearances;
import org.portcullis.model.agency.ClearanceState;
import org.portcullis.model.agency.Formality;
import org.portcullis.model.agency.FreePratique;
import org.portcullis.model.notice.NoticeIssuer;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.pcs.FreePratiqueNotices;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/**
 * The formalities of a port call: each agency's state is recorded; an agency other than customs answers the carrier
 * with a FORMALITY_RESPONSE (customs' own notices are its formality); when the port call's overall state becomes
 * cleared or held the carrier gets PORT_CALL_CLEARED or PORT_CALL_HELD. Port health's free pratique also goes to the
 * port community system. A deployment with customs alone sends no port call notices: customs' notices already say
 * everything.
 */
@Component
public class PortCallFormalities {

    private final AgencyClearances agencies;
    private final NoticeIssuer notices;
    private final FreePratiqueNotices port;

    public PortCallFormalities(AgencyClearances agencies, NoticeIssuer notices, FreePratiqueNotices port) {
        this.agencies = agencies;
        this.notices = notices;
        this.port = port;
    }

    /** Customs' path reached a state (the notice it issued tells which). */
    void leadDecided(Mrn mrn, ClearanceState state) {
        String lead = agencies.leadAgency();
        ClearanceState overall = agencies.recordState(mrn, lead, state);
        if (state != ClearanceState.PENDING && !agencies.agenciesClearing(mrn).isEmpty()) {
            announceOverall(mrn, lead, state, overall);
        }
    }

    /** Another agency cleared or held, with the officer's reason (null when its rules cleared). */
    void agencyDecided(Mrn mrn, String agency, ClearanceState state, FreePratique freePratique, String reason) {
        ClearanceState overall = agencies.recordState(mrn, agency, state);
        FreePratique pratique = agencies.grantsFreePratique(agency) ? freePratique : null;
        notices.issue(mrn, NoticeType.FORMALITY_RESPONSE, reason, new Formality(agency, state, pratique, overall));
        if (pratique != null) {
            port.announce(mrn, pratique);
        }
        announceOverall(mrn, agency, state, overall);
    }

    private void announceOverall(Mrn mrn, String agency, ClearanceState state, ClearanceState overall) {
        if (overall == ClearanceState.CLEARED) {
            notices.issue(mrn, NoticeType.PORT_CALL_CLEARED, null,
                    new Formality(agency, state, null, ClearanceState.CLEARED));
        } else if (state == ClearanceState.HELD) {
            notices.issue(mrn, NoticeType.PORT_CALL_HELD, null, new Formality(agency, state, null, overall));
        }
    }
}
