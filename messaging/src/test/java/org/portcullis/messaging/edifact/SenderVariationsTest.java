package org.portcullis.messaging.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.UnmappedSegment;
import org.portcullis.model.intake.FilingReadResult;

/**
 * The project's crew list varied one standard feature at a time, as real senders write it: each variation is still
 * accepted and reads as the same crew list.
 */
class SenderVariationsTest {

    private static final Path CREW_LIST = Path.of("src", "test", "resources", "corpus", "edifact",
            "valid-paxlst-crew.edi");

    private final EdifactFilingReader reader = new EdifactFilingReader();

    @Test
    void syntaxVersion4WithASpaceAsRepetitionSeparatorKeepsNamesWhole() throws IOException {
        Filing filing = read(crewList().replace("UNB+UNOC:3", "UNB+UNOC:4"));

        assertThat(filing.vessel().name()).isEqualTo("MSC AURORA");
        assertThat(filing.crew()).extracting(p -> p.rank()).containsExactly("Master", "Second officer");
    }

    @Test
    void sixDigitInterchangeDateUnderVersion4IsAccepted() throws IOException {
        String body = crewList().replace("UNB+UNOC:3", "UNB+UNOC:4");

        assertThat(body).contains("+261129:0600+");
        assertThat(read(body).crew()).hasSize(2);
    }

    @Test
    void byteOrderMarkBeforeTheInterchangeIsAccepted() throws IOException {
        byte[] body = crewList().getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[body.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withMark, 3, body.length);

        FilingReadResult result = reader.read(withMark);

        assertThat(result).as(result.toString()).isInstanceOf(FilingReadResult.Valid.class);
    }

    @Test
    void repetitionSeparatorOfVersion4SeparatesRepeats() throws IOException {
        Filing filing = read(crewList().replace("UNA:+.? '", "UNA:+.?*'").replace("UNB+UNOC:3", "UNB+UNOC:4")
                .replace("ATT+2++M'", "ATT+2++M*M'"));

        assertThat(filing.crew().get(0).familyName()).isEqualTo("JANSEN");
        assertThat(filing.crew().get(0).sex()).isNotNull();
    }

    @Test
    void standardSegmentsPortcullisDoesNotMapAreAcceptedAndKeptAsReceived() throws IOException {
        String body = crewList()
                .replace("BGM+250+MSC-NLRTM-2026-0102+9'", "BGM+250+MSC-NLRTM-2026-0102+9'\nRFF+TN:ABC123'")
                .replace("DTM+137:202611290700:203'", "DTM+137:202611290700:203'\nNAD+MS+++MSC CREWING'\n"
                        + "COM+31 10 123 4567:TE+CREW.AT.MSC.EXAMPLE:EM'")
                .replace("LOC+180+NL:::Delft'", "LOC+178+GBFXT'\nLOC+179+NLRTM'\nLOC+180+NL:::Delft'\n"
                        + "EMP+1+MAS:::Master'")
                .replace("UNT+25+1'", "UNT+31+1'");

        Filing filing = read(body);

        assertThat(filing.crew()).hasSize(2);
        assertThat(filing.unmappedSegments()).extracting(UnmappedSegment::segment)
                .contains("NAD+MS+++MSC CREWING", "EMP+1+MAS:::Master");
    }

    private Filing read(String body) {
        FilingReadResult result = reader.read(body.getBytes(StandardCharsets.UTF_8));
        assertThat(result).as(result.toString()).isInstanceOf(FilingReadResult.Valid.class);
        return ((FilingReadResult.Valid) result).filing();
    }

    private static String crewList() throws IOException {
        return Files.readString(CREW_LIST, StandardCharsets.UTF_8);
    }
}
