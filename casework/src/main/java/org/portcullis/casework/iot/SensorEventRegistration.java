package org.portcullis.casework.iot;

import java.time.Clock;
import java.util.List;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.iot.SensorEvents;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in sensor events in one database transaction: records each once (a repeated event id of the same operator
 * changes nothing; two copies at once collide on the unique key, and the loser is redelivered as the duplicate it
 * is), and queues the open cases it concerns for re-assessment ({@link EventReassessment}) when re-assessment is on.
 * An event no filing names yet is kept all the same: the assessment of a filing that names it later reads it.
 */
@Service
class SensorEventRegistration implements SensorEvents {

    private final SensorEventRepository events;
    private final CaseSubjects subjects;
    private final ReassessmentRequests requests;
    private final boolean reassess;
    private final Clock clock;

    SensorEventRegistration(SensorEventRepository events, CaseSubjects subjects, ReassessmentRequests requests,
            IotProperties properties, Clock clock) {
        this.events = events;
        this.subjects = subjects;
        this.requests = requests;
        this.reassess = properties.reassess();
        this.clock = clock;
    }

    @Override
    @Transactional
    public Receipt receive(IotEvent event, String document) {
        if (!events.recordIfNew(event, document, clock.instant())) {
            return new Receipt(true, 0);
        }
        List<Mrn> cases = subjects.reassessableCasesConcerned(event);
        if (reassess) {
            requests.request(cases, clock.instant());
        }
        return new Receipt(false, cases.size());
    }
}
