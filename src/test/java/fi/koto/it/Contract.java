package fi.koto.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The contract test: every exchange the integration tests make through {@link Api} with {@code /api/...} is
 * validated against the document Koto serves at /openapi, src/main/resources/META-INF/openapi.yaml, with Atlassian's
 * swagger-request-validator. Every answer is checked (status described, media type, body against its schema,
 * described headers); a request is checked only when Koto accepted it (2xx), since tests send invalid requests on
 * purpose to see them refused. A violation fails the test with the validator's messages; with
 * {@code -Dkoto.contract.strict=false} it is only logged and listed in {@link #violations()} and
 * target/contract-violations.txt.
 */
public final class Contract {

    private static final Logger LOG = Logger.getLogger(Contract.class.getName());
    static final Path DOCUMENT = Path.of("src/main/resources/META-INF/openapi.yaml");
    /** Where the violations found when not strict are listed, for the whole run. */
    static final Path REPORT = Path.of("target/contract-violations.txt");

    static final Path COVERAGE = Path.of("target/contract-coverage.txt");
    private static final java.util.Set<String> COVERED = new java.util.HashSet<>();
    private static List<String> templates;

    private static final boolean STRICT = !"false".equalsIgnoreCase(System.getProperty("koto.contract.strict"));
    private static final List<String> VIOLATIONS = new ArrayList<>();
    private static OpenApiInteractionValidator validator;

    private Contract() {}

    static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            try {
                validator = OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(DOCUMENT))
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return validator;
    }

    /** What was found so far when not strict. */
    public static synchronized List<String> violations() {
        return List.copyOf(VIOLATIONS);
    }

    static void check(HttpRequest request, HttpResponse<?> response, byte[] responseBody) {
        String path = request.uri().getRawPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        Request.Method method = Request.Method.valueOf(request.method().toUpperCase(Locale.ROOT));
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        if (responseBody != null && responseBody.length > 0) {
            answer.withBody(responseBody);
        }
        covered(method + " " + template(path) + " " + response.statusCode());
        ValidationReport report = validator().validateResponse(path, method, answer.build());
        if (response.statusCode() / 100 == 2) {
            report = report.merge(validator().validateRequest(toRequest(request, method, path)));
        }
        var errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !refusedAsDescribed(m, response.statusCode()))
                .toList();
        if (!errors.isEmpty()) {
            String message = "The exchange " + method + " " + request.uri() + " -> " + response.statusCode()
                    + " breaks the contract (" + DOCUMENT + "):\n"
                    + errors.stream()
                            .map(m -> "  - " + m.getKey() + ": " + m.getMessage()
                                    + (m.getContext().isPresent() ? " " + contextOf(m) : ""))
                            .reduce((a, b) -> a + "\n" + b)
                            .orElse("")
                    + "\n  body: " + abbreviated(responseBody);
            if (STRICT) {
                throw new AssertionError(message);
            }
            LOG.warning(message);
            synchronized (Contract.class) {
                VIOLATIONS.add(message);
                append(REPORT, message + "\n\n");
            }
        }
    }

    /**
     * A method the document does not have on a path (405, or 401 where the method needs a login the public paths do
     * not offer) or a path it does not have (404) is refused as the contract says: nothing is described there. A
     * success answered in a described media type served the request's Accept header.
     */
    private static boolean refusedAsDescribed(ValidationReport.Message m, int status) {
        return switch (m.getKey()) {
            case "validation.request.operation.notAllowed" -> status == 405 || status == 401;
            case "validation.request.path.missing" -> status == 404 || status == 401;
            // Koto answered in a media type the document describes (the answer is checked for that), so the
            // request's Accept was served: a download described as */* for Accept: application/json, an answer
            // without a body (204, 202 of stop and restart)
            case "validation.request.accept.notAllowed" -> status / 100 == 2;
            default -> false;
        };
    }

    /** The document's path a request path falls under; literal paths win over templates. */
    static synchronized String template(String path) {
        if (templates == null) {
            try {
                templates = Files.readAllLines(DOCUMENT).stream()
                        .filter(l -> l.matches("^  /api/.*:$"))
                        .map(l -> l.trim().substring(0, l.trim().length() - 1))
                        .sorted(java.util.Comparator.comparingLong(
                                (String t) -> t.chars().filter(c -> c == '{').count()))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return templates.stream()
                .filter(t -> path.matches(t.replaceAll("\\{[^}]+\\}", "[^/]+").replace(".", "\\.")))
                .findFirst()
                .orElse("(not in the document) " + path);
    }

    /**
     * Which operations and statuses the ITs have exercised, one line each, in target/contract-coverage.txt: what is
     * not there has not been checked against real answers.
     */
    private static synchronized void covered(String line) {
        if (COVERED.add(line)) {
            append(COVERAGE, line + "\n");
        }
    }

    private static String contextOf(ValidationReport.Message m) {
        var c = m.getContext().get();
        return c.getPointers().map(p -> "at " + p.getInstance()).orElse("");
    }

    private static String abbreviated(byte[] body) {
        if (body == null) {
            return "(none)";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }

    private static SimpleRequest toRequest(HttpRequest request, Request.Method method, String path) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, path);
        request.headers().map().forEach((name, values) -> builder.withHeader(name, values));
        String query = request.uri().getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                builder.withQueryParam(name, value);
            }
        }
        byte[] body = bodyOf(request);
        if (body != null && body.length > 0) {
            builder.withBody(body);
        }
        return builder.build();
    }

    /** The bytes a request's body publisher sends (a publisher may be subscribed to more than once). */
    static byte[] bodyOf(HttpRequest request) {
        var publisher = request.bodyPublisher().orElse(null);
        if (publisher == null || publisher.contentLength() == 0) {
            return null;
        }
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
            private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.write(chunk, 0, chunk.length);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(out.toByteArray());
            }
        });
        try {
            return done.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warning("The body of " + request.uri() + " could not be read for the contract check: " + e);
            return null;
        }
    }

    /** Adds the text to a list in target/; a list that cannot be written is said in the log, not failed on. */
    private static void append(java.nio.file.Path file, String text) {
        try {
            Files.writeString(
                    file,
                    text,
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warning("Could not write " + file + ": " + e);
        }
    }
}
