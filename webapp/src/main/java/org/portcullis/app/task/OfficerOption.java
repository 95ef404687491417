package org.portcullis.app.task;

import org.portcullis.processes.identity.OfficerName;

/** An officer as a form offers them to choose: user id and the name to show. */
record OfficerOption(String userId, String label) {

    static OfficerOption of(OfficerName officer) {
        String name = officer.fullName();
        return new OfficerOption(officer.userId(), name.isEmpty() ? officer.userId()
                : name + " (" + officer.userId() + ")");
    }
}
