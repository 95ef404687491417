package org.portcullis.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.sandbox.SandboxedDrl.FILE;
import static org.portcullis.rules.sandbox.SandboxedDrl.problems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What MVEL runs without compiling it to classes (constraints, {@code from}, accumulate arguments, annotation
 * values) and what the DRL file declares (imports, globals, dialect), checked before the compiler sees the file.
 */
class ConditionSandboxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            reads the environment | description == System.getenv("HOME")                  | java.lang.System
            runs a program        | description != java.lang.Runtime.getRuntime().toString() | java.lang.Runtime
            reflects              | description == $item.getClass().getName()             | 'getClass'
            reflects by property  | description == this.class.name                        | 'class'
            creates a file        | description == new java.io.File("/etc/passwd").getName() | java.io.File
            starts a thread       | description == Thread.currentThread().getName()        | java.lang.Thread
            streams               | containerNumbers.stream().count() > 0                 | 'stream'
            assigns               | description = "x"                                     | '='
            increments            | sequence++ > 1                                        | '++'
            """)
    void constraintUsingTheSystemIsRefusedWithFileLineAndName(String what, String constraint, String named) {
        assertThat(problems("""
                rule "TGT-993 Constraint test"
                when
                    $item : GoodsItemFact( %s )
                then
                end
                """.formatted(constraint))).anySatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo(FILE);
                    assertThat(problem.line()).isEqualTo(11);
                    assertThat(problem.message()).contains("rule \"TGT-993 Constraint test\"", named);
                });
    }

    @Test
    void fromAndAccumulateExpressionsAreChecked() {
        assertThat(problems("""
                rule "TGT-994 From the file system"
                when
                    $name : String() from new java.io.File("/").list()
                    $n : Number() from accumulate( GoodsItemFact( $d : description ),
                        count( System.getProperty($d) ) )
                then
                end
                """))
                .anySatisfy(problem -> assertThat(problem.message()).contains("TGT-994", "java.io.File"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("TGT-994", "java.lang.System"));
    }

    @Test
    void conditionsAreNeverRunWhileCompiling() {
        int before = Tripwire.trips();

        assertThat(problems("""
                rule "TGT-995 Annotation and constraint run code"
                    @note(org.portcullis.rules.sandbox.Tripwire.trip())
                when
                    $item : GoodsItemFact( description == org.portcullis.rules.sandbox.Tripwire.trip() )
                then
                end
                """))
                .anySatisfy(problem -> assertThat(problem.message()).contains("@note", "literals"))
                .anySatisfy(problem -> assertThat(problem.message()).contains(Tripwire.class.getName()));
        assertThat(Tripwire.trips()).isEqualTo(before);
    }

    @Test
    void importsGlobalsAndDialectOutsideTheAllowedClassesAreRefusedWithTheirLine() {
        assertThat(problems("""
                import java.io.File;
                import java.util.*;
                import function java.lang.System.getenv;
                global java.net.Socket socket;
                rule "TGT-996 Written in MVEL"
                    dialect "mvel"
                when
                    $item : GoodsItemFact()
                then
                end
                """))
                .anySatisfy(problem -> assertThat(problem).extracting("line", "message").satisfies(fields -> {
                    assertThat(fields.get(0)).isEqualTo(9);
                    assertThat((String) fields.get(1)).contains("imports java.io.File");
                }))
                .anySatisfy(problem -> assertThat(problem.message()).contains("imports the package java.util.*"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("function of java.lang.System"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("global of class java.net.Socket"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("TGT-996", "dialect mvel"));
    }

    @Test
    void declaredTypesTimersAndJdkPackagesAreRefused() {
        assertThat(problems("""
                declare Scratch
                    name : String
                end
                rule "TGT-997 Waits"
                    timer (int: 1s)
                when
                    $item : GoodsItemFact()
                then
                end
                """))
                .anySatisfy(problem -> assertThat(problem.message()).contains("declares a type"))
                .anySatisfy(problem -> assertThat(problem.message()).contains("TGT-997", "timer"));
    }

    @Test
    void ordinaryConditionsOfTheRepositoryStyleCompile() {
        var ruleSet = SandboxedDrl.compile("""
                import org.portcullis.rules.fact.ConsignmentFact;
                import org.portcullis.model.assessment.MatchStrength;
                rule "TGT-998 Ordinary conditions"
                    @carrierVisible(true)
                when
                    $c : ConsignmentFact( $bl : transportDocumentNumber, placeOfLoading not in ("NLRTM", "BEANR") )
                    $item : GoodsItemFact( transportDocumentNumber == $bl, hsHeading == "4012" || hsChapter > 90,
                        description matches ".*tyre.*", containerNumbers contains "MSCU1234565",
                        description.length() > 3, description.replace("-", " ").toLowerCase() != "x",
                        grossMassKg != null )
                    $number : String() from $item.containerNumbers
                    $count : Number( intValue > 0 ) from accumulate( GoodsItemFact( transportDocumentNumber == $bl ),
                        count( 1 ) )
                then
                    insert(new RuleFinding(drools, $item, Outcome.INSPECT, $number + " " + $count));
                end
                """);

        assertThat(ruleSet.rules()).extracting(rule -> rule.id()).containsExactly("TGT-998");
    }
}
