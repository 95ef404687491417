package org.portcullis.casework.iot;

import java.time.Clock;
import java.util.List;
import org.portcullis.casework.reassessment.Reassessments;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.iot.SensorEvents;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in sensor events in one database transaction: records each once (a repeated event id of the same operator
 * changes nothing; two copies at once collide on the unique key, and the loser is redelivered as the duplicate it
 * is), and asks for the cases being cleared that it concerns to be re-assessed ({@link Reassessments}).
 * An event no filing names yet is kept all the same: the assessment of a filing that names it later reads it.
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
    public Receipt receive(IotEvent event, String document) {
        if (!events.recordIfNew(event, document, clock.instant())) {
            return new Receipt(true, 0);
        }
        List<Mrn> cases = subjects.reassessableCasesConcerned(event);
        reassessments.sensorEventsArrived(cases);
        return new Receipt(false, cases.size());
    }
}
