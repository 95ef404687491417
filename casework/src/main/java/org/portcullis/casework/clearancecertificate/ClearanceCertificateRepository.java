package org.portcullis.casework.clearancecertificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clearance certificates issued (table clearance_certificate): written once, never changed. */
@Repository
class ClearanceCertificateRepository {

    private static final String SELECT = "select certificate_id, mrn, jws, log_index, issued_at, issued_by "
            + "from clearance_certificate";

    private final JdbcClient jdbc;

    ClearanceCertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(IssuedCertificate certificate) {
        jdbc.sql("insert into clearance_certificate (certificate_id, mrn, jws, log_index, issued_at, issued_by) "
                + "values (?, ?, ?, ?, ?, ?)").params(certificate.id(), certificate.mrn(), certificate.jws(),
                        certificate.logIndex(), OffsetDateTime.ofInstant(certificate.issuedAt(), ZoneOffset.UTC),
                        certificate.issuedBy()).update();
    }

    Optional<IssuedCertificate> find(String id) {
        return jdbc.sql(SELECT + " where certificate_id = ?").param(id).query(this::map).optional();
    }

    Optional<IssuedCertificate> forCase(String mrn) {
        return jdbc.sql(SELECT + " where mrn = ?").param(mrn).query(this::map).optional();
    }

    private IssuedCertificate map(ResultSet rs, int row) throws SQLException {
        return new IssuedCertificate(rs.getString("certificate_id"), rs.getString("mrn"), rs.getString("jws"),
                rs.getLong("log_index"), rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                rs.getString("issued_by"));
    }
}
