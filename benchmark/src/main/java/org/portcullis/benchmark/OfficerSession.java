package org.portcullis.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An officer at a browser on one node, as the web UI is used: signs in through the login form and sends the task
 * forms with their CSRF token (the session lives on that node only, as without a shared session store). Also reads
 * the rule set version a node serves from its health endpoint, as an administrator.
 */
final class OfficerSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern RULE_SET_VERSION = Pattern.compile("\"ruleSet\"\\s*:\\s*\\{[^}]*?\"version\"\\s*:\\s*\"([^\"]+)\"");

    private final String base;
    private final String user;
    private final String password;
    private HttpClient http;

    OfficerSession(int port, String user, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.user = user;
        this.password = password;
    }

    /** RELEASE on a referral task; true when the node took it (redirected other than to the login page). */
    boolean release(String taskId, String reason) throws IOException, InterruptedException {
        if (http == null) {
            signIn();
        }
        String page = get("/tasks/" + taskId).body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            http = null;
            return false;
        }
        HttpResponse<String> answer = post("/tasks/" + taskId + "/decision", Map.of("decision", "RELEASE",
                "reason", reason, "_csrf", token.group(1)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (location.contains("/login")) {
            http = null;
        }
        return answer.statusCode() == 302 && !location.contains("/login");
    }

    /** The HTTP status of a page the officer opens, signed in first (a redirect to the sign-in page is its 302). */
    int page(String path) throws IOException, InterruptedException {
        if (http == null) {
            signIn();
        }
        return get(path).statusCode();
    }

    /** The version of the rule set the node serves (health details, administrators only), or null. */
    static String ruleSetVersion(int port, String admin, String password) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (admin + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(5)).build();
            String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
            Matcher version = RULE_SET_VERSION.matcher(body);
            return version.find() ? version.group(1) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void signIn() throws IOException, InterruptedException {
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new IOException("no CSRF token on the login page of " + base);
        }
        HttpResponse<String> answer = post("/login", Map.of("username", user, "password", password,
                "_csrf", token.group(1)));
        if (answer.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IOException(user + " could not sign in at " + base);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
