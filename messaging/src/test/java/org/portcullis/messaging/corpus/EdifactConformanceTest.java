package org.portcullis.messaging.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portcullis.messaging.edifact.EdifactFilingReader;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.intake.FilingReadResult;

/**
 * The interchanges nobody on this project wrote ({@code corpus/edifact-conformance}: implementation guides' worked
 * examples and other projects' test fixtures, sources in its README) get the answer {@code expected-answers.txt}
 * names: ACCEPTED, or REJECTED with exactly the error codes listed, each at the pointer listed. An accepted passenger
 * or crew list yields every person it names (NAD+FL, FM, DDT, DDU).
 */
class EdifactConformanceTest {

    static final Path FOLDER = ReaderCorpusTest.CORPUS.resolve("edifact-conformance");
    private static final Pattern EXPECTED_ERROR = Pattern.compile("([A-Z_]+) @ (.+)");
    private static final Pattern PERSON = Pattern.compile("NAD.(FL|FM|DDT|DDU)\\W");

    private final EdifactFilingReader reader = new EdifactFilingReader();

    static Stream<String> interchanges() throws IOException {
        return expectedAnswers().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interchanges")
    void getsTheAnswerItsExpectationNames(String file) throws IOException {
        byte[] body = Files.readAllBytes(FOLDER.resolve(file));
        String expected = expectedAnswers().get(file);
        FilingReadResult result = reader.read(body);

        if (expected.equals("ACCEPTED")) {
            assertThat(result).as(file + ": " + result).isInstanceOf(FilingReadResult.Valid.class);
            Filing filing = ((FilingReadResult.Valid) result).filing();
            long persons = PERSON.matcher(new String(body, StandardCharsets.ISO_8859_1)).results().count();
            assertThat(filing.crew().size() + filing.passengers().size()).as(file).isEqualTo(persons);
            return;
        }
        assertThat(result).as(file).isInstanceOf(FilingReadResult.Invalid.class);
        List<ValidationError> errors = ((FilingReadResult.Invalid) result).errors();
        List<String> wanted = List.of(expected.substring("REJECTED ".length()).split(" ; "));
        Set<String> wantedCodes = new TreeSet<>();
        for (String error : wanted) {
            Matcher m = EXPECTED_ERROR.matcher(error.trim());
            assertThat(m.matches()).as("expectation of " + file + ": " + error).isTrue();
            wantedCodes.add(m.group(1));
            assertThat(errors).as(file + ": " + errors)
                    .anyMatch(e -> e.code().name().equals(m.group(1)) && e.pointer().equals(m.group(2)));
        }
        Set<String> codes = errors.stream().map(e -> e.code().name()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(codes).as(file + ": " + errors).isEqualTo(wantedCodes);
    }

    @Test
    void everyInterchangeHasAnExpectationAndASourceInTheReadme() throws IOException {
        String readme = Files.readString(FOLDER.resolve("README.md"), StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> interchanges = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".edi"))
                    .sorted().toList();
            assertThat(interchanges).hasSizeGreaterThanOrEqualTo(10);
            assertThat(expectedAnswers().keySet()).containsExactlyInAnyOrderElementsOf(interchanges);
            assertThat(interchanges).allSatisfy(name -> assertThat(readme).contains(name));
        }
    }

    /** file -> ACCEPTED, or REJECTED CODE @ pointer ; CODE @ pointer ... */
    static Map<String, String> expectedAnswers() throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FOLDER.resolve("expected-answers.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            answers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        return answers;
    }
}
