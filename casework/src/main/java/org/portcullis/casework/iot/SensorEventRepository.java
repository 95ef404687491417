package org.portcullis.casework.iot;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.iot.IotEventFields;
import org.portcullis.model.iot.IotEventReadResult;
import org.portcullis.model.iot.IotEventType;
import org.portcullis.model.value.ContainerNumber;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sensor events taken in ({@code iot_event}): each recorded once per operator and event id with the document as
 * published and the columns matching and the case file read; the events about a filing's containers and vessel.
 */
@Repository
public class SensorEventRepository {

    /** Containers per query: keeps the statement's IN list well within what databases take. */
    private static final int CONTAINERS_PER_QUERY = 500;
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public SensorEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event; false when the operator's event id was recorded before. */
    boolean recordIfNew(IotEvent event, String document, Instant receivedAt) {
        boolean seen = jdbc.sql("select count(*) from iot_event where operator = ? and event_id = ?")
                .params(event.operator(), event.eventId()).query(Integer.class).single() > 0;
        if (seen) {
            return false;
        }
        EventColumns columns = EventColumns.of(event);
        jdbc.sql("""
                insert into iot_event (operator, event_id, event_type, observed_at, received_at, container, mmsi,
                    imo_number, latitude, longitude, temperature, set_point, state, seal_number, document)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.operator(), event.eventId(), event.type().name(), utc(event.observedAt()),
                        utc(receivedAt), columns.container(), columns.mmsi(), columns.imoNumber(),
                        columns.latitude(), columns.longitude(), columns.temperature(), columns.setPoint(),
                        columns.state(), columns.sealNumber(), document)
                .update();
        return true;
    }

    /** The events about any of the containers or the vessel (by MMSI or IMO number), in the order observed. */
    List<IotEvent> about(Collection<ContainerNumber> containers, String mmsi, String imoNumber) {
        return about("operator, document", this::event, containers, mmsi, imoNumber).stream()
                .sorted(Comparator.comparing(IotEvent::observedAt)).toList();
    }

    /** The stored events about the containers or the vessel, for the case file, in the order observed. */
    public List<StoredSensorEvent> storedAbout(Collection<ContainerNumber> containers, String mmsi,
            String imoNumber) {
        return about("*", SensorEventRepository::stored, containers, mmsi, imoNumber).stream()
                .sorted(Comparator.comparing(StoredSensorEvent::observedAt)).toList();
    }

    private <T> List<T> about(String columns, RowMapper<T> mapper, Collection<ContainerNumber> containers,
            String mmsi, String imoNumber) {
        List<T> found = new ArrayList<>();
        List<String> numbers = containers.stream().map(ContainerNumber::value).sorted().toList();
        for (int from = 0; from < numbers.size(); from += CONTAINERS_PER_QUERY) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + CONTAINERS_PER_QUERY));
            String marks = chunk.stream().map(number -> "?").collect(Collectors.joining(", "));
            found.addAll(jdbc.sql("select " + columns + " from iot_event where container in (" + marks + ")")
                    .params(new ArrayList<Object>(chunk)).query(mapper).list());
        }
        found.addAll(jdbc.sql("select " + columns + " from iot_event where mmsi = ? or imo_number = ?")
                .params(mmsi == null ? "" : mmsi, imoNumber == null ? "" : imoNumber).query(mapper).list());
        return found;
    }

    private IotEvent event(ResultSet rs, int row) throws SQLException {
        String operator = rs.getString("operator");
        try {
            IotEventReadResult read = IotEventFields.toEvent(json.readValue(rs.getString("document"), TREE),
                    operator);
            if (read instanceof IotEventReadResult.Valid valid) {
                return valid.event();
            }
            throw new IllegalStateException("stored event of " + operator + " no longer reads: "
                    + ((IotEventReadResult.Invalid) read).summary());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event of " + operator + " is not JSON", e);
        }
    }

    private static StoredSensorEvent stored(ResultSet rs, int row) throws SQLException {
        return new StoredSensorEvent(rs.getString("operator"), rs.getString("event_id"),
                IotEventType.valueOf(rs.getString("event_type")),
                instant(rs, "observed_at"), instant(rs, "received_at"), rs.getString("container"),
                rs.getString("mmsi"), nullable(rs, "latitude"), nullable(rs, "longitude"),
                nullable(rs, "temperature"), nullable(rs, "set_point"), rs.getString("state"),
                rs.getString("seal_number"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
