package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.portcullis.rules.watchlist.OfficialWatchlists;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The official lists in the running application: the demo's three lists serve; an operator drops a broken OFAC file,
 * which is refused with its line while the OFAC list in service stays, and the rules page shows authors and
 * supervisors the refusal; the good file dropped again serves again.
 */
class OfficialListsIT extends PortcullisIntegrationTest {

    private static final Path BROKEN = Path.of("..", "rules", "src", "test", "resources", "watchlists",
            "ofac-broken-date.xml");

    @Autowired
    OfficialWatchlists lists;

    @Test
    void aBrokenListFileIsRefusedWithItsLineShownOnTheRulesPageAndTheListInServiceStays() throws Exception {
        assertThat(lists.current().versions()).containsKeys("un-consolidated", "eu-fsf", "ofac-sdn");
        var serving = lists.current().versions().get("ofac-sdn");
        Path file = WATCHLIST_DIRECTORY.resolve("ofac-sdn.xml");
        byte[] good = Files.readAllBytes(file);
        FileTime written = Files.getLastModifiedTime(file);
        try {
            Files.write(file, Files.readAllBytes(BROKEN));
            Files.setLastModifiedTime(file, FileTime.from(written.toInstant().plusSeconds(60)));
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                    select count(*) from official_list_import where list_name = 'ofac-sdn' and not accepted""")
                    .query(Integer.class).single() > 0);
            assertThat(lists.current().versions().get("ofac-sdn")).isEqualTo(serving);

            for (String officer : new String[] {"author", "supervisor"}) {
                String page = OfficerSession.signIn(port, officer, officer).get("/rules").body();
                assertThat(page).contains("id=\"official-lists\"", "un-consolidated: UN Security Council",
                        "list-refused").containsPattern("ofac-sdn\\.xml:\\d+(:\\d+)? refused, the list serving stays");
            }
        } finally {
            Files.write(file, good);
            Files.setLastModifiedTime(file, FileTime.from(written.toInstant().plusSeconds(120)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                select accepted from official_list_import where list_name = 'ofac-sdn' order by id desc limit 1""")
                .query(Boolean.class).single());
        assertThat(lists.current().versions().get("ofac-sdn")).isEqualTo(serving);
    }
}
