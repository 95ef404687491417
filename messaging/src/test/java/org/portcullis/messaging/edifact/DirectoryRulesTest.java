package org.portcullis.messaging.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.portcullis.model.error.ErrorCode;
import org.portcullis.model.error.ValidationError;
import org.portcullis.model.intake.FilingReadResult;

/**
 * Each rule of the directory and the syntax, broken once in an otherwise valid crew list: the interchange is refused
 * with the rule's code, pointing at the segment (and element) that breaks it.
 */
class DirectoryRulesTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus", "edifact");

    private final EdifactFilingReader reader = new EdifactFilingReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EDIFACT_SEGMENT_UNEXPECTED--group-order.edi             | EDIFACT_SEGMENT_UNEXPECTED | segment 5 ATT
            EDIFACT_SEGMENT_UNEXPECTED--repetition-over-maximum.edi | EDIFACT_SEGMENT_UNEXPECTED | segment 3 BGM
            MALFORMED_MESSAGE--truncated.edi                        | MALFORMED_MESSAGE          | segment 14 DTM
            EDIFACT_ENVELOPE--unt-count.edi                         | EDIFACT_ENVELOPE           | segment 25 UNT, element 1
            EDIFACT_ENVELOPE--unt-reference.edi                     | EDIFACT_ENVELOPE           | segment 25 UNT, element 2
            EDIFACT_ENVELOPE--unz-reference.edi                     | EDIFACT_ENVELOPE           | segment 28 UNZ, element 2
            EDIFACT_ENVELOPE--unz-message-count.edi                 | EDIFACT_ENVELOPE           | segment 28 UNZ, element 1
            EDIFACT_ENVELOPE--syntax-identifier.edi                 | EDIFACT_ENVELOPE           | segment 2 UNB, element 1, component 1
            """)
    void refusesTheBrokenRuleWithItsCodeAndPointer(String file, ErrorCode code, String pointer) throws IOException {
        FilingReadResult result = reader.read(Files.readAllBytes(CORPUS.resolve(file)));

        assertThat(result).isInstanceOf(FilingReadResult.Invalid.class);
        assertThat(((FilingReadResult.Invalid) result).errors()).as(result.toString())
                .extracting(ValidationError::code, ValidationError::pointer)
                .contains(org.assertj.core.groups.Tuple.tuple(code, pointer));
    }
}
