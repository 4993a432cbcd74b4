package app.limber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser without JavaScript, for tests over real HTTP against the app on a random port: it keeps cookies, never
 * follows redirects, and signs in through the real login form.
 */
public final class WebClient {

    private final String origin;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public WebClient(int port) {
        this.origin = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET().build());
    }

    /** A form post with no fields, as a stray or forged request would send. */
    public HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Posts a form from the app's own pages (the fields URL-encoded, with this site's Origin). */
    public HttpResponse<String> postForm(String path, java.util.Map<String, String> fields) {
        return postForm(path, fields, origin);
    }

    /** Posts a form as a page of {@code fromOrigin} would. */
    public HttpResponse<String> postForm(String path, java.util.Map<String, String> fields, String fromOrigin) {
        String form = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", fromOrigin)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A GET with extra request headers (conditional requests, for example). */
    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).headers(headers).GET().build());
    }

    /** A request with any method and no body, as a browser's page request (it accepts HTML) with extra headers. */
    public HttpResponse<String> browse(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .method(method, HttpRequest.BodyPublishers.noBody());
        return send(headers.length == 0 ? request.build() : request.headers(headers).build());
    }

    /** Posts the login form from the app's own pages. */
    public HttpResponse<String> signIn(String email, String password) {
        return signIn(email, password, origin);
    }

    /** Posts the login form as a page of {@code fromOrigin} would. */
    public HttpResponse<String> signIn(String email, String password, String fromOrigin) {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(origin + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", fromOrigin)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
