package org.portcullis.casework.intake;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.portcullis.casework.persistence.Rows;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.Person;
import org.portcullis.rules.history.PersonKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The crew and passenger lists of a filing version in {@code filing_person}, with the keys the persons rules
 * recognise a person by (document number, name words), so that later port calls find them in SQL
 * ({@code persons.StoredPersonHistory}). Written with the version, in its transaction, in one JDBC batch.
 */
@Repository
class FilingPersons {

    private static final String INSERT = """
            insert into filing_person (mrn, version, position, role, family_name, given_names, date_of_birth,
                document_number, document_key, name_words_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate batches;

    FilingPersons(JdbcTemplate batches) {
        this.batches = batches;
    }

    void insert(String mrn, int version, Filing filing) {
        List<Person> persons = new ArrayList<>(filing.crew());
        persons.addAll(filing.passengers());
        Rows.insert(batches, INSERT, persons.size(), (statement, position) -> {
            Person person = persons.get(position);
            String number = person.travelDocument() == null ? null : person.travelDocument().number();
            statement.setString(1, mrn);
            statement.setInt(2, version);
            statement.setInt(3, position);
            statement.setString(4, person.role().name());
            statement.setString(5, person.familyName());
            statement.setString(6, person.givenNames());
            statement.setDate(7, person.dateOfBirth() == null ? null : Date.valueOf(person.dateOfBirth()));
            statement.setString(8, number);
            statement.setString(9, PersonKeys.document(number));
            statement.setString(10, PersonKeys.nameWords(person.givenNames(), person.familyName()));
        });
    }
}
