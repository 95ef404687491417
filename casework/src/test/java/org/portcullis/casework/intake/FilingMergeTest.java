package org.portcullis.casework.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.Samples;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.intake.FilingReadResult;

/** The filing a case clears when its port call was filed in parts: cargo from one LRN, persons from another. */
class FilingMergeTest {

    private static final FilingReaders READERS = FilingReaders.standard();

    @Test
    void cargoAndPersonsFiledSeparatelyClearTogetherUnderTheNewestVesselAndHeader() throws IOException {
        Filing cargo = read(Samples.DIRECTORY.resolve("filing-green.json"));
        Filing persons = read(Samples.DIRECTORY.resolve("..").resolve("examples")
                .resolve("crew-passengers-health-part.json"));

        Filing merged = FilingMerge.merge(List.of(cargo, persons), persons.header());

        assertThat(merged.header()).isEqualTo(persons.header());
        assertThat(merged.vessel()).isEqualTo(persons.vessel());
        assertThat(merged.consignments()).hasSize(cargo.consignments().size() + persons.consignments().size());
        assertThat(merged.crew()).hasSize(cargo.crew().size() + persons.crew().size()).isNotEmpty();
        assertThat(merged.health()).isEqualTo(persons.health() != null ? persons.health() : cargo.health());
    }

    @Test
    void securityAndWasteFiledInALaterPartStayWithTheCaseWhenTheCargoIsAmended() throws IOException {
        Filing cargo = read(Samples.DIRECTORY.resolve("filing-green.json"));
        Filing portEntry = read(Samples.DIRECTORY.resolve("..").resolve("examples")
                .resolve("port-health-security-waste-part.json"));
        assertThat(portEntry.security()).isNotNull();
        assertThat(portEntry.waste()).isNotNull();

        Filing merged = FilingMerge.merge(List.of(portEntry, cargo), cargo.header());

        assertThat(merged.security()).isEqualTo(portEntry.security());
        assertThat(merged.waste()).isEqualTo(portEntry.waste());
        assertThat(merged.health()).isEqualTo(portEntry.health());
    }

    @Test
    void aCaseWithoutStandingFilingsIsAnError() {
        assertThatThrownBy(() -> FilingMerge.merge(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Filing read(Path file) throws IOException {
        FilingReadResult result = READERS.read("application/json", Files.readAllBytes(file));
        return ((FilingReadResult.Valid) result).filing();
    }
}
