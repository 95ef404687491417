package org.portcullis.casework.watchlists;

import static org.portcullis.casework.persistence.SqlTimes.instant;
import static org.portcullis.casework.persistence.SqlTimes.utc;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of official list imports ({@code official_list_import}), so that every node's refusals are shown. */
@Repository
public class ListImports {

    private static final int MAX_PROBLEM = 2000;

    private final JdbcClient jdbc;

    ListImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(ListImport done) {
        String problem = done.problem() == null || done.problem().length() <= MAX_PROBLEM ? done.problem()
                : done.problem().substring(0, MAX_PROBLEM);
        jdbc.sql("""
                insert into official_list_import (node, list_name, file_name, content_hash, imported_at, accepted,
                    version_text, persons, parties, problem, problem_line, problem_column)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(done.node(), done.listName(), done.fileName(), done.contentHash(), utc(done.importedAt()),
                        done.accepted(), done.version(), done.persons(), done.parties(), problem, done.line(),
                        done.column())
                .update();
    }

    /** The latest imports, newest first. */
    public List<ListImport> latest(int limit) {
        return jdbc.sql("select * from official_list_import order by id desc limit ?").param(limit)
                .query((rs, row) -> new ListImport(rs.getString("node"), rs.getString("list_name"),
                        rs.getString("file_name"), rs.getString("content_hash"), instant(rs, "imported_at"),
                        rs.getBoolean("accepted"), rs.getString("version_text"),
                        rs.getObject("persons", Integer.class), rs.getObject("parties", Integer.class),
                        rs.getString("problem"), rs.getObject("problem_line", Integer.class),
                        rs.getObject("problem_column", Integer.class)))
                .list();
    }
}
