package org.portcullis.casework.intake;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.Samples;
import org.portcullis.casework.documents.StoredDocuments;
import org.portcullis.casework.persistence.MigratedDatabase;
import org.portcullis.messaging.filing.FilingDocuments;
import org.portcullis.messaging.filing.FilingJson;
import org.portcullis.model.intake.Syntax;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.CountryCode;
import org.portcullis.casework.iot.CaseSubjects;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Storing a filing version stores its goods lines with it, for the dashboard to count. */
class CaseVersionsTest {

    private static final Mrn MRN = Mrn.issue(2026, CountryCode.of("NL"), 1);

    private final MigratedDatabase database = MigratedDatabase.latest();
    private final JdbcClient jdbc = database.jdbc();
    private final FilingDocuments documents = new FilingDocuments(FilingJson.objectMapper());
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private final CaseVersions versions = new CaseVersions(jdbc, documents, new StoredDocuments(jdbc, clock),
            new FilingGoodsLines(database.batches()), new FilingPersons(database.batches()),
            new CaseSubjects(database.batches(), jdbc), clock);

    @Test
    void openingACaseStoresTheGoodsLinesOfVersionOne() throws IOException {
        Filing filing = sample("filing-green.json");

        versions.open(MRN, filing, versions.store(filing), Syntax.JSON);

        assertThat(lines(1)).containsExactly("0/0 CN 94", "0/1 CN 85", "1/0 CN 63");
    }

    @Test
    void aNewVersionStoresItsOwnGoodsLinesBesideThoseOfTheVersionBefore() throws IOException {
        Filing green = sample("filing-green.json");
        versions.open(MRN, green, versions.store(green), Syntax.JSON);

        versions.addVersion(MRN, sample("filing-arms.json"), Syntax.JSON);

        assertThat(lines(1)).containsExactly("0/0 CN 94", "0/1 CN 85", "1/0 CN 63");
        assertThat(lines(2)).containsExactly("0/0 AE 93");
    }

    @Test
    void aVersionWithoutGoodsIsStoredWithoutGoodsLines() throws IOException {
        Filing green = sample("filing-green.json");
        versions.open(MRN, green, versions.store(green), Syntax.JSON);

        versions.addVersion(MRN, new Filing(green.header(), green.vessel(), green.portCall(), List.of()), Syntax.JSON);

        assertThat(jdbc.sql("select current_version from clearance_case").query(Integer.class).single()).isEqualTo(2);
        assertThat(lines(2)).isEmpty();
    }

    private Filing sample(String file) throws IOException {
        return documents.read(Files.readString(Samples.DIRECTORY.resolve(file)), "message-1", "ACME");
    }

    /** The goods lines of a version: consignment/line, country of loading, HS chapter. */
    private List<String> lines(int version) {
        return jdbc.sql("""
                select consignment_position, line_position, loading_country, hs_chapter from filing_goods_line
                where mrn = ? and version = ? order by consignment_position, line_position""")
                .params(MRN.value(), version)
                .query((rs, row) -> rs.getInt(1) + "/" + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4))
                .list();
    }
}
