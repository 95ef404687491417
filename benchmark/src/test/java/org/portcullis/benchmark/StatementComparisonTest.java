package org.portcullis.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementComparisonTest {

    private static StatementProfile.Entry entry(String query, long calls, double totalMs, long rows) {
        return new StatementProfile.Entry(query, calls, totalMs, totalMs / calls, rows);
    }

    @Test
    void comparesTheEnginesStatementsPerInstanceAndPerFilingLeavingTheApplicationsOut() {
        List<StatementProfile.Entry> bound = List.of(
                entry("delete from ACT_RU_EXECUTION where ID_ = $1", 900, 180.0, 900),
                entry("insert into ACT_RU_VARIABLE ( ID_ ) values ($1),($2)", 100, 50.0, 200));
        List<StatementProfile.Entry> endToEnd = List.of(
                entry("delete from ACT_RU_EXECUTION   where ID_ = $1", 450, 180.0, 450),
                entry("insert into ACT_RU_VARIABLE ( ID_ ) values ($1),($2)", 50, 40.0, 100),
                entry("insert into ACT_RU_VARIABLE ( ID_ ) values ($1)", 50, 10.0, 50),
                entry("insert into notice (notice_id) values ($1)", 50, 99.0, 50));

        List<StatementComparison.Line> lines = StatementComparison.lines(bound, 100, endToEnd, 50);

        assertThat(lines).extracting(StatementComparison.Line::statement)
                .containsExactly("delete from ACT_RU_EXECUTION where ID_ = $1", "insert into ACT_RU_VARIABLE");
        StatementComparison.Line delete = lines.get(0);
        assertThat(delete.bound().calls()).isEqualTo(9.0);
        assertThat(delete.bound().meanMs()).isCloseTo(0.2, within(1e-9));
        assertThat(delete.endToEnd().calls()).isEqualTo(9.0);
        assertThat(delete.endToEnd().meanMs()).isCloseTo(0.4, within(1e-9));
        StatementComparison.Line variables = lines.get(1);
        assertThat(variables.endToEnd().calls()).isEqualTo(2.0);
        assertThat(variables.endToEnd().rows()).isEqualTo(3.0);
        assertThat(variables.endToEnd().ms()).isEqualTo(1.0);
        assertThat(StatementComparison.markdown(lines)).contains("| `insert into ACT_RU_VARIABLE` | 1.00 | 2.00 |")
                .doesNotContain("notice");
    }

    @Test
    void aStatementOnlyOneSideRanShowsZeroOnTheOther() {
        List<StatementComparison.Line> lines = StatementComparison.lines(List.of(),
                1, List.of(entry("select * from ACT_RU_JOB where ID_ = $1", 10, 1.0, 10)), 10);

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.bound().calls()).isZero();
            assertThat(line.endToEnd().calls()).isEqualTo(1.0);
        });
    }
}
