package org.portcullis.rules.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.portcullis.rules.screening.PersonWatchlistEntry;
import org.portcullis.rules.screening.WatchlistEntry;

/** The UN, EU and OFAC lists read in their published XML formats; broken files refused with line and column. */
class OfficialListImportTest {

    static final Path FILES = Path.of("src", "test", "resources", "watchlists");

    static ListFile file(ListFormat format, String name) {
        try {
            return new ListFile(format, name, Files.readAllBytes(FILES.resolve(name)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ImportedList read(ListFormat format, String name) {
        ListFile file = file(format, name);
        return format.read(file.fileName(), file.content());
    }

    @Test
    void readsIndividualsWithAliasesOriginalScriptDatesNationalityAndPassportFromTheUnList() {
        ImportedList list = read(ListFormat.UN_CONSOLIDATED, "un-consolidated.xml");

        assertThat(list.listName()).isEqualTo("un-consolidated");
        assertThat(list.version().publisher()).isEqualTo("UN Security Council");
        assertThat(list.version().publishedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(list.version().contentHash()).matches("[0-9a-f]{64}");
        assertThat(list.persons()).hasSize(2).first().satisfies(entry -> {
            assertThat(entry.entryId()).isEqualTo("XXi.001");
            assertThat(entry.names()).containsExactly("IVAN PETROVICH SIDORENKO", "Иван Петрович Сидоренко",
                    "Ivan Sydorenko");
            assertThat(entry.datesOfBirth()).containsExactly("1968-04-21");
            assertThat(entry.nationalities()).containsExactly("RU");
            assertThat(entry.documentNumbers()).containsExactly("720011223");
            assertThat(entry.reason()).contains("UN Security Council sanctions (Test)", "2020-01-15");
        });
        assertThat(list.persons().get(1)).satisfies(entry -> {
            assertThat(entry.names()).containsExactly("ABDUL RAHMAN QASIM", "Abdurrahman Kasim",
                    "Abd al-Rahman Qassem");
            assertThat(entry.datesOfBirth()).containsExactly("1975", "1976", "1977", "1979");
            assertThat(entry.nationalities()).containsExactly("SY");
        });
        assertThat(list.parties()).singleElement().satisfies(entry -> {
            assertThat(entry.names()).containsExactly("NORTHERN LIGHT SHIPPING COMPANY", "NLS Maritime");
            assertThat(entry.country()).isEqualTo("RU");
        });
    }

    @Test
    void readsPersonsAndEnterprisesWithTheirNamesInEveryScriptFromTheEuFile() {
        ImportedList list = read(ListFormat.EU_FSF, "eu-fsf.xml");

        assertThat(list.version().publishedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(list.persons()).singleElement().satisfies(entry -> {
            assertThat(entry.entryId()).isEqualTo("EU.9901.01");
            assertThat(entry.names()).containsExactly("Olena Kovalenko", "Олена Коваленко");
            assertThat(entry.datesOfBirth()).containsExactly("1982-09-30");
            assertThat(entry.nationalities()).containsExactly("UA");
            assertThat(entry.documentNumbers()).containsExactly("FE123456");
        });
        assertThat(list.parties()).extracting(WatchlistEntry::name, WatchlistEntry::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Baltic Reefer Logistics OOO", "RU"));
    }

    @Test
    void readsIndividualsEntitiesAndStrongAliasesFromOfacsSdnList() {
        ImportedList list = read(ListFormat.OFAC_SDN, "ofac-sdn.xml");

        assertThat(list.version().publisher()).isEqualTo("US Treasury OFAC");
        assertThat(list.version().publishedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(list.persons()).singleElement().satisfies(entry -> {
            assertThat(entry.entryId()).isEqualTo("990001");
            assertThat(entry.names()).containsExactly("Carlos Alberto MENDOZA RIVAS", "Carlos MENDOZA");
            assertThat(entry.datesOfBirth()).containsExactly("1971-02-14", "1972");
            assertThat(entry.nationalities()).containsExactly("PA");
            assertThat(entry.documentNumbers()).containsExactly("PA7788123");
        });
        assertThat(list.parties()).extracting(WatchlistEntry::name).containsExactly("ISTHMUS BUNKERING S.A.");
        assertThat(list.otherEntries()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> read(ListFormat.UN_CONSOLIDATED, "un-broken-tag.xml"))
                .isInstanceOfSatisfying(WatchlistImportException.class, e -> {
                    assertThat(e.file()).isEqualTo("un-broken-tag.xml");
                    assertThat(e.line()).isEqualTo(8);
                    assertThat(e.column()).isPositive();
                    assertThat(e.problem()).contains("is not well-formed XML", "SECOND_NAME");
                });
        assertThatThrownBy(() -> read(ListFormat.EU_FSF, "eu-broken-entity.xml"))
                .isInstanceOfSatisfying(WatchlistImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(23);
                    assertThat(e.column()).isPositive();
                });
    }

    @Test
    void aDateNoListWritesIsRefusedWithTheLineOfItsElement() {
        assertThatThrownBy(() -> read(ListFormat.UN_CONSOLIDATED, "un-broken-date.xml"))
                .isInstanceOfSatisfying(WatchlistImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(37);
                    assertThat(e.getMessage()).startsWith("un-broken-date.xml:37:").contains("<DATE>",
                            "'1968-21-04' is neither a date");
                });
        assertThatThrownBy(() -> read(ListFormat.OFAC_SDN, "ofac-broken-date.xml"))
                .isInstanceOfSatisfying(WatchlistImportException.class, e -> {
                    assertThat(e.line()).isEqualTo(54);
                    assertThat(e.problem()).contains("'sometime in 1971'", "entry 990001");
                });
    }

    @Test
    void aFileOfAnotherFormatIsRefusedByItsRootElement() {
        assertThatThrownBy(() -> read(ListFormat.UN_CONSOLIDATED, "eu-fsf.xml"))
                .isInstanceOfSatisfying(WatchlistImportException.class, e -> assertThat(e.problem())
                        .contains("the root element is <export>, not <CONSOLIDATED_LIST>"));
    }

    @Test
    void aDocumentTypeDeclarationIsNotFollowed() {
        byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CONSOLIDATED_LIST dateGenerated=\"2026-01-01\"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>"
                + "<FIRST_NAME>&e;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>").getBytes();

        assertThatThrownBy(() -> ListFormat.UN_CONSOLIDATED.read("hostile.xml", hostile))
                .isInstanceOf(WatchlistImportException.class);
    }

    @Test
    void everyEntryKeepsItsListName() {
        assertThat(read(ListFormat.OFAC_SDN, "ofac-sdn.xml").persons()).extracting(PersonWatchlistEntry::listName)
                .containsOnly("ofac-sdn");
    }
}
