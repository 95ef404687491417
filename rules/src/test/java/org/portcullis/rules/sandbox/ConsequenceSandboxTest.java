package org.portcullis.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.sandbox.SandboxedDrl.FILE;
import static org.portcullis.rules.sandbox.SandboxedDrl.problems;
import static org.portcullis.rules.sandbox.SandboxedDrl.ruleThen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portcullis.rules.engine.RuleProblem;

/**
 * Java code in a rule's consequence, checked in the classes the compiler generated: anything beyond reading facts
 * and inserting findings is refused with the file, the line of the statement, and the class or member it uses.
 */
class ConsequenceSandboxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the environment   | String home = System.getenv("HOME");                       | java.lang.System.getenv
            a file            | java.nio.file.Files.writeString(java.nio.file.Path.of("x"), "y"); | Files.writeString
            a socket          | new java.net.Socket("127.0.0.1", 9).close();              | creates a java.net.Socket
            reflection        | Object r = Class.forName("java.lang.Runtime");             | java.lang.Class.forName
            a program         | Runtime.getRuntime().exec("touch pwned");                  | Runtime.getRuntime
            a thread          | new Thread().start();                                      | creates a java.lang.Thread
            a static field    | System.out.println("x");                                   | reads java.lang.System.out
            system properties | Integer port = Integer.getInteger("server.port");          | Integer.getInteger
            its class         | String name = $item.getClass().getName();                  | Object.getClass
            the JVM's locale  | java.util.Locale.setDefault(java.util.Locale.FRANCE);      | Locale.setDefault
            """)
    void consequenceUsingTheSystemIsRefusedWithFileLineAndMember(String what, String statement, String named) {
        assertThat(problems(ruleThen("    " + statement))).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(FILE);
            assertThat(problem.line()).isEqualTo(13);
            assertThat(problem.message()).contains("rule \"TGT-990 Sandbox test\"", named,
                    "What rule code may do");
        });
    }

    @Test
    void loopInAConsequenceIsRefused() {
        assertThat(problems(ruleThen("""
                    int n = 0;
                    while (true) { n++; }"""))).anySatisfy(problem -> {
                        assertThat(problem.line()).isEqualTo(14);
                        assertThat(problem.message()).contains("TGT-990", "loops", "from $collection");
                    });
    }

    @Test
    void forEachOverAFactsListIsRefusedToo() {
        assertThat(problems(ruleThen("""
                    for (String number : $item.getContainerNumbers()) {
                        insert(new RuleFinding(drools, $item, Outcome.INSPECT, number));
                    }""")))
                .anySatisfy(problem -> assertThat(problem.message()).contains("loops"));
    }

    @Test
    void consequenceBreakingOutOfItsMethodIsRefusedBeforeCompiling() {
        assertThat(problems(ruleThen("""
                    }
                    static { org.portcullis.rules.sandbox.Tripwire.trip(); }
                    public static void more() {""")))
                .anySatisfy(problem -> {
                    assertThat(problem.line()).isEqualTo(12);
                    assertThat(problem.message()).contains("closes '}'");
                });
    }

    @Test
    void unicodeEscapesAreRefused() {
        assertThat(problems(ruleThen("    String s = \"\\u0022;\";")))
                .anySatisfy(problem -> assertThat(problem.message()).contains("unicode escape"));
    }

    @Test
    void lambdasAndAnonymousClassesAreRefused() {
        assertThat(problems(ruleThen("""
                    java.util.Comparator<String> c = (a, b) -> a.compareTo(b);
                    Object o = new Object() { public String toString() { return "x"; } };""")))
                .extracting(RuleProblem::message)
                .anySatisfy(message -> assertThat(message).contains("lambda"))
                .anySatisfy(message -> assertThat(message).contains("declares a class of its own"));
    }

    @Test
    void functionThatLoopsOrRecursesIsRefusedWithItsName() {
        assertThat(problems("""
                function int spin(int n) {
                    int i = 0;
                    do { i++; } while (i < n);
                    return i;
                }
                function int down(int n) {
                    return n <= 0 ? 0 : down(n - 1);
                }
                """ + ruleThen("    int x = spin(3) + down(2);")))
                .extracting(RuleProblem::message)
                .anySatisfy(message -> assertThat(message).contains("function spin", "loops"))
                .anySatisfy(message -> assertThat(message).contains("function down", "calls itself"));
    }

    @Test
    void evalCallingTheSystemIsRefused() {
        assertThat(problems("""
                rule "TGT-991 Eval runs a program"
                when
                    $item : GoodsItemFact()
                    eval( java.lang.Runtime.getRuntime().exec("touch pwned") != null )
                then
                end
                """)).anySatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo(FILE);
                    assertThat(problem.line()).isEqualTo(9);
                    assertThat(problem.message()).contains("TGT-991", "java.lang.Runtime.getRuntime");
                });
    }

    @Test
    void factsTextNumbersDatesAndCollectionsAreAllowed() {
        var ruleSet = SandboxedDrl.compile("""
                import java.math.BigDecimal;
                import java.time.LocalDate;
                import java.util.ArrayList;
                import java.util.List;
                function String shout(String text) {
                    return text.toUpperCase(java.util.Locale.ROOT);
                }
                rule "TGT-992 Uses the allowed classes"
                when
                    $item : GoodsItemFact( description != null, description.length() > 2 )
                then
                    List<String> parts = new ArrayList<>($item.getContainerNumbers());
                    java.util.Collections.sort(parts);
                    BigDecimal mass = $item.getGrossMassKg() == null ? BigDecimal.ZERO : $item.getGrossMassKg();
                    String when = LocalDate.of(2026, 11, 29).plusDays(Math.max(1, parts.size())).toString();
                    String kind;
                    switch ($item.getHsChapter()) {
                        case 93: kind = "arms"; break;
                        default: kind = "other";
                    }
                    insert(new RuleFinding(drools, $item, Outcome.INSPECT, shout(kind) + " " + mass + " " + when
                        + " " + String.join(",", parts) + drools.getRule().getName()));
                end
                """);

        assertThat(ruleSet.rules()).extracting(rule -> rule.id()).containsExactly("TGT-992");
    }
}
