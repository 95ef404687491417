package org.portcullis.casework.iot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.portcullis.casework.reassessment.Reassessments;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.iot.SensorEvents;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in sensor events in one database transaction: records each once (a repeated event id of the same operator
 * changes nothing; two copies at once collide on the unique key, and the loser is redelivered as the duplicate it
 * is), and asks for the cases being cleared that they concern to be re-assessed ({@link Reassessments}), once per
 * case for the whole list. An event no filing names yet is kept all the same: the assessment of a filing that names
 * it later reads it.
 */
@Service
class SensorEventRegistration implements SensorEvents {

    private final SensorEventRepository events;
    private final CaseSubjects subjects;
    private final Reassessments reassessments;
    private final Clock clock;

    SensorEventRegistration(SensorEventRepository events, CaseSubjects subjects, Reassessments reassessments,
            Clock clock) {
        this.events = events;
        this.subjects = subjects;
        this.reassessments = reassessments;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<Receipt> receiveAll(List<Incoming> incoming) {
        List<Boolean> recorded = events.recordNew(incoming, clock.instant());
        List<IotEvent> fresh = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            if (recorded.get(i)) {
                fresh.add(incoming.get(i).event());
            }
        }
        List<Set<Mrn>> concerned = subjects.reassessableCasesConcerned(fresh);
        Set<Mrn> cases = new TreeSet<>(Comparator.comparing(Mrn::value));
        concerned.forEach(cases::addAll);
        reassessments.sensorEventsArrived(List.copyOf(cases));
        List<Receipt> receipts = new ArrayList<>(incoming.size());
        int next = 0;
        for (Boolean isNew : recorded) {
            receipts.add(isNew ? new Receipt(false, concerned.get(next++).size()) : new Receipt(true, 0));
        }
        return receipts;
    }
}
