package org.portcullis.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.engine.Indicators.passengers;
import static org.portcullis.rules.engine.Indicators.trafficking;
import static org.portcullis.rules.engine.TestPersons.crew;
import static org.portcullis.rules.engine.TestPersons.passenger;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.filing.GuardianRelation;
import org.portcullis.model.filing.Person;

/** Minors on the passenger list (persons/minors.drl): each indicator and its near miss. */
class MinorIndicatorsTest {

    // TRF-001

    @Test
    void minorWithoutAListedGuardianIsReferred() {
        var child = passenger("Novak", "Mia").born("2014-06-01");

        List<Finding> findings = trafficking(passengers(child));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("TRF-001");
            assertThat(finding.outcome()).isEqualTo(Outcome.INSPECT);
            assertThat(finding.reason()).contains("Mia Novak, aged 12", "none is named");
        });
    }

    @Test
    void minorWithAParentOnTheListAndAnEighteenYearOldAloneAreNotReferred() {
        var mother = passenger("Novak", "Ana").born("1984-01-01");
        var child = passenger("Novak", "Mia").born("2014-06-01").guardian(mother.documentNumber(),
                GuardianRelation.PARENT);
        var justAdult = passenger("Horvat", "Luka").born("2008-12-02");

        assertThat(trafficking(passengers(mother, child, justAdult))).isEmpty();
    }

    // TRF-002

    @Test
    void minorWithAnAdultOfAnotherFamilyNameAndNoRelationStatedIsReferred() {
        var adult = passenger("Kovacs", "Peter").born("1970-01-01");
        var child = passenger("Novak", "Mia").born("2014-06-01").guardian(adult.documentNumber(), null);

        assertThat(trafficking(passengers(adult, child))).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("TRF-002");
            assertThat(finding.reason()).contains("travels with Peter Kovacs", "states no relation");
        });
    }

    @Test
    void aStatedRelationOrASharedFamilyNameIsEnough() {
        var stepfather = passenger("Kovacs", "Peter").born("1970-01-01");
        var child = passenger("Novak", "Mia").born("2014-06-01").guardian(stepfather.documentNumber(),
                GuardianRelation.LEGAL_GUARDIAN);
        var mother = passenger("Garcia Lopez", "Rosa").born("1980-01-01");
        var son = passenger("Lopez", "Pablo").born("2016-01-01").guardian(mother.documentNumber(), null);

        assertThat(trafficking(passengers(stepfather, child, mother, son))).isEmpty();
    }

    // TRF-003

    @Test
    void oneAdultWithThreeUnrelatedMinorsIsReferred() {
        var escort = passenger("Bauer", "Karl").born("1975-01-01");
        var a = passenger("Ionescu", "Ana").born("2011-01-01").guardian(escort.documentNumber(),
                GuardianRelation.ACCOMPANYING_ADULT);
        var b = passenger("Popescu", "Dan").born("2012-01-01").guardian(escort.documentNumber(),
                GuardianRelation.ACCOMPANYING_ADULT);
        var c = passenger("Stan", "Ioana").born("2013-01-01").guardian(escort.documentNumber(),
                GuardianRelation.ACCOMPANYING_ADULT);

        assertThat(trafficking(passengers(escort, a, b, c))).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("TRF-003");
            assertThat(finding.target().reference()).startsWith("Bauer, Karl");
            assertThat(finding.reason()).contains("3 minors", "Ana Ionescu", "Dan Popescu", "Ioana Stan");
        });
    }

    @Test
    void twoUnrelatedMinorsOrThreeOwnChildrenAreNotReferred() {
        var escort = passenger("Bauer", "Karl").born("1975-01-01");
        var a = passenger("Ionescu", "Ana").born("2011-01-01").guardian(escort.documentNumber(),
                GuardianRelation.ACCOMPANYING_ADULT);
        var b = passenger("Popescu", "Dan").born("2012-01-01").guardian(escort.documentNumber(),
                GuardianRelation.ACCOMPANYING_ADULT);
        var father = passenger("Weber", "Jan").born("1978-01-01");
        var c1 = passenger("Weber", "Lea").born("2012-01-01").guardian(father.documentNumber(),
                GuardianRelation.PARENT);
        var c2 = passenger("Weber", "Tim").born("2014-01-01").guardian(father.documentNumber(),
                GuardianRelation.PARENT);
        var c3 = passenger("Weber", "Ida").born("2016-01-01").guardian(father.documentNumber(),
                GuardianRelation.PARENT);

        assertThat(trafficking(passengers(escort, a, b, father, c1, c2, c3))).isEmpty();
    }

    @Test
    void personsOfACleanCruiseListRaiseNoIndicator() {
        List<Person> crewList = TestPersons.build(crew("Jansen", "Pieter"), crew("Santos", "Maria"));
        var mother = passenger("Novak", "Ana").born("1984-01-01");
        var child = passenger("Novak", "Mia").born("2014-06-01").guardian(mother.documentNumber(),
                GuardianRelation.PARENT);

        assertThat(trafficking(TestPersons.filing(crewList, TestPersons.build(mother, child)))).isEmpty();
    }
}
