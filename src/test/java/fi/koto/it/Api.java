package fi.koto.it;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;

/** A small REST client for black-box tests: HTTP Basic as one user, JSON in and out. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static Api anonymous(URL base) {
        return new Api(toUri(base), null);
    }

    public static Api as(URL base, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(toUri(base), "Basic " + token);
    }

    /** The demo users all have the password "demo". */
    public static Api as(URL base, String demoUser) {
        return as(base, demoUser, "demo");
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends a request; the exchange is checked against the API contract ({@link Contract}). */
    public Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<String> answer = sendWithRetry(HTTP, request);
        Contract.check(
                request, answer, answer.body() == null ? null : answer.body().getBytes(StandardCharsets.UTF_8));
        return new Response(answer);
    }

    /** Sends a request and keeps the answer's body as bytes (downloads); checked against the contract too. */
    public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<byte[]> answer = sendWithRetry(HTTP, request, HttpResponse.BodyHandlers.ofByteArray());
        Contract.check(request, answer, answer.body());
        return answer;
    }

    /**
     * Sends a request; a refused connection is tried again for up to 20 seconds (a test server that has just
     * reported itself ready may not accept connections for a moment). Any other failure is reported at once.
     */
    static HttpResponse<String> sendWithRetry(HttpClient client, HttpRequest request) {
        return sendWithRetry(client, request, HttpResponse.BodyHandlers.ofString());
    }

    static <T> HttpResponse<T> sendWithRetry(
            HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        AtomicReference<HttpResponse<T>> answer = new AtomicReference<>();
        AtomicReference<ConnectException> refused = new AtomicReference<>();
        try {
            await().atMost(Duration.ofSeconds(20))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(250))
                    .pollInSameThread()
                    .until(() -> {
                        try {
                            answer.set(client.send(request, handler));
                            return true;
                        } catch (ConnectException e) {
                            refused.set(e); // the server is (re)starting: try again
                            return false;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                    });
        } catch (ConditionTimeoutException e) {
            throw new UncheckedIOException(refused.get());
        }
        return answer.get();
    }

    public HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /**
     * The server's address on loopback: Arquillian reports the machine's network address, but tests only ever talk
     * to this machine through 127.0.0.1.
     */
    public static URI toUri(URL url) {
        String path = url.getPath().endsWith("/") ? url.getPath() : url.getPath() + "/";
        return URI.create(url.getProtocol() + "://127.0.0.1:" + url.getPort() + path);
    }

    /** An HTTP answer with its body parsed as JSON on demand. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
