package org.portcullis.casework.cases;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.portcullis.model.assessment.ScreeningMatch;
import org.portcullis.model.assessment.SetAside;
import org.portcullis.model.assessment.WatchlistVersion;

/** The columns of a screening match beside the match itself: the list's version and, if set aside, the redress. */
final class ScreeningMatchColumns {

    private ScreeningMatchColumns() {
    }

    /** Sets the nine columns from {@code first} on: publisher, published on, hash, then the six of the redress. */
    static void setVersionAndSetAside(PreparedStatement statement, int first, ScreeningMatch match)
            throws SQLException {
        WatchlistVersion version = match.listVersion();
        statement.setString(first, version == null ? null : version.publisher());
        statement.setDate(first + 1, version == null || version.publishedOn() == null ? null
                : Date.valueOf(version.publishedOn()));
        statement.setString(first + 2, version == null ? null : version.contentHash());
        SetAside setAside = match.setAside();
        statement.setString(first + 3, setAside == null ? null : setAside.markedBy());
        statement.setObject(first + 4, setAside == null ? null : utc(setAside.markedAt()),
                Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setString(first + 5, setAside == null ? null : setAside.reason());
        statement.setString(first + 6, setAside == null ? null : setAside.approvedBy());
        statement.setObject(first + 7, setAside == null ? null : utc(setAside.approvedAt()),
                Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setDate(first + 8, setAside == null || setAside.expiresOn() == null ? null
                : Date.valueOf(setAside.expiresOn()));
    }

    static WatchlistVersion version(ResultSet rs) throws SQLException {
        String publisher = rs.getString("list_publisher");
        Date published = rs.getDate("list_published_on");
        return publisher == null ? null : new WatchlistVersion(publisher,
                published == null ? null : published.toLocalDate(), rs.getString("list_content_hash"));
    }

    static SetAside setAside(ResultSet rs) throws SQLException {
        String by = rs.getString("set_aside_by");
        Date until = rs.getDate("set_aside_until");
        return by == null ? null : new SetAside(by, instant(rs, "set_aside_at"), rs.getString("set_aside_reason"),
                rs.getString("set_aside_approved_by"), instant(rs, "set_aside_approved_at"),
                until == null ? null : until.toLocalDate());
    }
}
