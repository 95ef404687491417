package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every page of the running application carries the layout's navigation of the officer's roles and the language
 * links to the same page: the pages of each feature, the start page, the sign-in page, and the error pages (not
 * found, not allowed), whose links show the page that failed, not the error page.
 */
class PageNavigationIT extends PortcullisIntegrationTest {

    @Test
    void supervisorSeesTheirNavigationOnEveryPage() throws Exception {
        OfficerSession supervisor = OfficerSession.signIn(port, "supervisor", "supervisor");
        Map<String, Integer> pages = Map.ofEntries(Map.entry("/", 200), Map.entry("/tasks", 200),
                Map.entry("/cases", 200), Map.entry("/cases?status=FOO", 200),
                Map.entry("/cases/26NL99999999999999", 404), Map.entry("/dashboard", 200),
                Map.entry("/incidents", 200), Map.entry("/dead-letters", 200), Map.entry("/rules", 200),
                Map.entry("/rules/catalogue", 200), Map.entry("/redress", 200));

        for (var page : pages.entrySet()) {
            HttpResponse<String> response = supervisor.get(page.getKey());
            assertThat(response.statusCode()).as(page.getKey()).isEqualTo(page.getValue());
            assertThat(response.body()).as(page.getKey()).contains("id=\"main-nav\"", "href=\"/tasks\"",
                    "href=\"/cases\"", "href=\"/dashboard\"", "href=\"/incidents\"", "href=\"/rules\"",
                    "href=\"/dead-letters\"", "href=\"/redress\"", "hreflang=\"nl\"",
                    // the start page sends an officer on to the first page of their navigation, the inbox
                    sameInDutch(page.getKey().equals("/") ? "/tasks" : page.getKey()));
        }
    }

    @Test
    void ruleAuthorSeesTheRulesOnTheirPagesAndOnAPageTheyMayNotSee() throws Exception {
        OfficerSession author = OfficerSession.signIn(port, "author", "author");
        Map<String, Integer> pages = Map.of("/rules/draft", 200, "/rules/scenarios", 200, "/tasks", 403);

        for (var page : pages.entrySet()) {
            HttpResponse<String> response = author.get(page.getKey());
            assertThat(response.statusCode()).as(page.getKey()).isEqualTo(page.getValue());
            assertThat(response.body()).as(page.getKey()).contains("href=\"/rules\"", "hreflang=\"nl\"",
                            sameInDutch(page.getKey()))
                    .doesNotContain("href=\"/tasks\"");
        }
    }

    /** The language link that shows the page asked for in Dutch; on an error page too (not "/error?lang=nl"). */
    private static String sameInDutch(String page) {
        return "href=\"" + page + (page.contains("?") ? "&amp;" : "?") + "lang=nl\"";
    }

    @Test
    void signInPageOffersTheLanguagesWithoutNavigation() throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(page).contains("hreflang=\"nl\"", "hreflang=\"en\"").doesNotContain("href=\"/tasks\"");
    }
}
