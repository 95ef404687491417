package org.portcullis.processes.clearance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.model.clearance.ControlRecords;
import org.portcullis.model.clearance.InspectionOrder;
import org.portcullis.model.clearance.InspectionResult;
import org.portcullis.model.value.Mrn;

/** Control records kept in memory. */
class ControlRecordsFake implements ControlRecords {

    record Answer(Mrn mrn, String answer, Instant receivedAt) {
    }

    final List<InspectionOrder> orders = new ArrayList<>();
    final List<InspectionResult> results = new ArrayList<>();
    final List<Answer> answers = new ArrayList<>();

    @Override
    public void recordInspectionOrder(InspectionOrder order) {
        orders.add(order);
    }

    @Override
    public void recordInspectionResult(InspectionResult result) {
        results.add(result);
    }

    @Override
    public void recordInformationAnswer(Mrn mrn, String answer, Instant receivedAt) {
        answers.add(new Answer(mrn, answer, receivedAt));
    }
}
