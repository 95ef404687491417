package org.portcullis.app.security;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows guessing down without letting anyone lock officers out for good: too many failed sign-ins for one user, or
 * from one source address, within a window lock that user or address for a while (a timed lock, not Camunda's
 * permanent one, which anyone could trigger against the supervisors). An administrator can lift a lock at once.
 * Kept in the database, so that every node counts the same failures.
 */
@Component
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Settings settings;

    SignInThrottle(JdbcClient jdbc, Clock clock, Settings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * {@code portcullis.sign-in.*}: failures allowed per user and per source address within the window, and how
     * long a lock lasts (5 per user, 20 per address, within 15 minutes, locked for 15 minutes, unless set).
     */
    @ConfigurationProperties("portcullis.sign-in")
    record Settings(Integer maxFailuresPerUser, Integer maxFailuresPerSource, Duration window, Duration lock) {

        Settings {
            maxFailuresPerUser = maxFailuresPerUser == null ? 5 : maxFailuresPerUser;
            maxFailuresPerSource = maxFailuresPerSource == null ? 20 : maxFailuresPerSource;
            window = window == null ? Duration.ofMinutes(15) : window;
            lock = lock == null ? Duration.ofMinutes(15) : lock;
        }
    }

    /** A subject that is locked, and until when. */
    public record Lock(String subject, Instant until) {
    }

    static String user(String userId) {
        return "user:" + userId;
    }

    static String source(String address) {
        return "source:" + address;
    }

    /** The lock in force on any of the subjects, if one is. */
    Optional<Lock> lockOn(List<String> subjects) {
        Instant now = clock.instant();
        return subjects.stream().map(subject -> jdbc.sql("select subject, locked_until from sign_in_throttle "
                        + "where subject = ? and locked_until is not null").param(subject).query(SignInThrottle::lock)
                        .optional())
                .flatMap(Optional::stream).filter(lock -> lock.until().isAfter(now)).findFirst();
    }

    /** Counts a failed sign-in against the user and the source, and locks either when it reaches its limit. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String userId, String sourceAddress) {
        count(user(userId), settings.maxFailuresPerUser());
        if (sourceAddress != null) {
            count(source(sourceAddress), settings.maxFailuresPerSource());
        }
    }

    /** A good sign-in clears the user's failures (not the address's: one good account does not vouch for it). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String userId) {
        jdbc.sql("delete from sign_in_throttle where subject = ?").param(user(userId)).update();
    }

    /** The subjects locked now, for the administrators' page. */
    public List<Lock> locked() {
        return jdbc.sql("select subject, locked_until from sign_in_throttle where locked_until > ? order by subject")
                .param(utc(clock.instant())).query(SignInThrottle::lock).list();
    }

    /** Lifts the lock and the count of a subject; whether there was one. */
    @Transactional
    public boolean unlock(String subject) {
        return jdbc.sql("delete from sign_in_throttle where subject = ?").param(subject).update() > 0;
    }

    private void count(String subject, int limit) {
        Instant now = clock.instant();
        Optional<Integer> failures = jdbc.sql("select failures from sign_in_throttle where subject = ? and "
                + "window_start > ? for update").params(subject, utc(now.minus(settings.window())))
                .query(Integer.class).optional();
        if (failures.isEmpty()) {
            jdbc.sql("delete from sign_in_throttle where subject = ? and (locked_until is null or locked_until <= ?)")
                    .params(subject, utc(now)).update();
            jdbc.sql("insert into sign_in_throttle (subject, failures, window_start) select ?, 0, ? where not exists "
                    + "(select 1 from sign_in_throttle where subject = ?)").params(subject, utc(now), subject).update();
        }
        int counted = failures.orElse(0) + 1;
        jdbc.sql("update sign_in_throttle set failures = ?, locked_until = ? where subject = ?")
                .params(counted, counted >= limit ? utc(now.plus(settings.lock())) : null, subject).update();
    }

    private static Lock lock(ResultSet rs, int row) throws SQLException {
        return new Lock(rs.getString("subject"), instant(rs, "locked_until"));
    }
}
