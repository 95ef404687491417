package org.portcullis.app;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An officer signed in through the login form over plain HTTP, for tests that read pages as served. */
final class OfficerSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    private OfficerSession(String base) {
        this.base = base;
    }

    static OfficerSession signIn(int port, String user, String password) throws IOException, InterruptedException {
        OfficerSession session = new OfficerSession("http://localhost:" + port);
        session.attempt(user, password);
        return session;
    }

    /** Signs in through the form and returns the page it ends on (the home page, or the form with its message). */
    HttpResponse<String> attempt(String user, String password) throws IOException, InterruptedException {
        return postWithToken("/login", "/login", "username=" + encode(user) + "&password=" + encode(password));
    }

    /** Posts a form of the page, with the page's CSRF token, as the browser would. */
    HttpResponse<String> postWithToken(String page, String path, String form) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static OfficerSession anonymous(int port) {
        return new OfficerSession("http://localhost:" + port);
    }

    /** The page as a browser gets it (asking for HTML, so that an error is the error page, not a JSON body). */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A resource asking for that media type (CSV, JSON), as a script or spreadsheet would fetch it. */
    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form posted as a script would (no CSRF token, as Camunda's own pages send none). */
    HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
