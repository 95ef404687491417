package org.portcullis.casework.iot;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.portcullis.casework.persistence.Rows;
import org.portcullis.model.iot.IotEvent;
import org.portcullis.model.iot.IotEventFields;
import org.portcullis.model.iot.IotEventReadResult;
import org.portcullis.model.iot.IotEventType;
import org.portcullis.model.iot.SensorEvents;
import org.portcullis.model.value.ContainerNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sensor events taken in ({@code iot_event}): each recorded once per operator and event id with the document as
 * published and the columns matching and the case file read; the events about a filing's containers and vessel.
 */
@Repository
public class SensorEventRepository {

    /** Containers (or event ids) per query: keeps the statement's IN list well within what databases take. */
    private static final int CONTAINERS_PER_QUERY = 500;
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ObjectMapper json = new ObjectMapper();

    public SensorEventRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Records the events not recorded before, in one lookup per operator and one JDBC batch: for each event in the
     * order given, whether it was new (false for an operator's event id recorded before or earlier in the list).
     */
    List<Boolean> recordNew(List<SensorEvents.Incoming> incoming, Instant receivedAt) {
        Set<EventKey> seen = recorded(incoming.stream().map(in -> EventKey.of(in.event())).toList());
        List<Boolean> isNew = new ArrayList<>(incoming.size());
        List<SensorEvents.Incoming> rows = new ArrayList<>();
        for (SensorEvents.Incoming in : incoming) {
            boolean fresh = seen.add(EventKey.of(in.event()));
            isNew.add(fresh);
            if (fresh) {
                rows.add(in);
            }
        }
        OffsetDateTime utcReceivedAt = utc(receivedAt);
        Rows.insert(batches, """
                insert into iot_event (operator, event_id, event_type, observed_at, received_at, container, mmsi,
                    imo_number, latitude, longitude, temperature, set_point, state, seal_number, document)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.size(), (statement, position) -> {
                    IotEvent event = rows.get(position).event();
                    EventColumns columns = EventColumns.of(event);
                    statement.setString(1, event.operator());
                    statement.setString(2, event.eventId());
                    statement.setString(3, event.type().name());
                    statement.setObject(4, utc(event.observedAt()));
                    statement.setObject(5, utcReceivedAt);
                    text(statement, 6, columns.container());
                    text(statement, 7, columns.mmsi());
                    text(statement, 8, columns.imoNumber());
                    number(statement, 9, columns.latitude());
                    number(statement, 10, columns.longitude());
                    number(statement, 11, columns.temperature());
                    number(statement, 12, columns.setPoint());
                    text(statement, 13, columns.state());
                    text(statement, 14, columns.sealNumber());
                    statement.setString(15, rows.get(position).document());
                });
        return isNew;
    }

    /** Which of the keys were recorded before: one query per operator and up to 500 event ids. */
    private Set<EventKey> recorded(List<EventKey> keys) {
        Set<EventKey> found = new HashSet<>();
        Map<String, List<String>> byOperator = keys.stream().collect(Collectors.groupingBy(EventKey::operator,
                TreeMap::new, Collectors.mapping(EventKey::eventId, Collectors.toList())));
        byOperator.forEach((operator, ids) -> {
            List<String> distinct = ids.stream().distinct().sorted().toList();
            for (int from = 0; from < distinct.size(); from += CONTAINERS_PER_QUERY) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CONTAINERS_PER_QUERY));
                List<Object> params = new ArrayList<>(chunk.size() + 1);
                params.add(operator);
                params.addAll(chunk);
                jdbc.sql("select event_id from iot_event where operator = ? and event_id in ("
                        + chunk.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")")
                        .params(params).query(String.class).list()
                        .forEach(id -> found.add(new EventKey(operator, id)));
            }
        });
        return found;
    }

    /** An event's identity: the operator and its event id. */
    private record EventKey(String operator, String eventId) {
        static EventKey of(IotEvent event) {
            return new EventKey(event.operator(), event.eventId());
        }
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

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void number(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
