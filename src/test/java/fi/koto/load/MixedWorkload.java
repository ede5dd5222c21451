package fi.koto.load;

import fi.koto.it.Api;
import fi.koto.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The mixed workload of the load benchmark and of its short CI run ({@code LoadSmokeIT}): clients that each act as
 * one person for the whole run, without think time. Three in five are municipal coordinators, each with a
 * programme of its own that it edits section by section and submits and withdraws in turn (so no client ever
 * meets another's version: every refusal counts as an error); the others are regional officials and a manager who
 * read. Each request is one of: the work-queue page (a logged-in page session), a programme read, a section save,
 * a transition, the utilisation API. Nothing is retried: a failed or unexpected answer is an error.
 */
public final class MixedWorkload {

    /** What a client asks for. */
    public enum Operation {
        WORK_QUEUE_PAGE,
        PROGRAMME_READ,
        SECTION_SAVE,
        TRANSITION,
        UTILISATION
    }

    static final String PASSWORD = "Kuormitus-Testi-2026!";
    private static final String[] READERS = {"official.uusimaa", "official.keskisuomi", "manager"};

    private final URL base;
    private final URI root;
    private final List<String> municipalities;
    private final int year;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "load-http");
                t.setDaemon(true);
                return t;
            }))
            .build();

    /**
     * @param municipalities the codes the coordinator clients file programmes for, one load coordinator account
     *                       each ({@code load.coord.<code>}, created when missing); pick municipalities no test
     *                       asserts counts on
     * @param year           the year of the utilisation figures asked for
     */
    public MixedWorkload(URL base, List<String> municipalities, int year) {
        this.base = base;
        this.root = Api.toUri(base);
        this.municipalities = List.copyOf(municipalities);
        this.year = year;
    }

    /** Sets up the clients (accounts, programmes, page sessions), then runs them all for the duration. */
    public LoadResult run(int clients, Duration duration) throws Exception {
        ensureCoordinators();
        List<Client> all = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            all.add(
                    i % 5 < 3
                            ? coordinator(municipalities.get(i % municipalities.size()), i)
                            : reader(READERS[i % READERS.length]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            List<Future<?>> running = new ArrayList<>();
            for (Client client : all) {
                running.add(pool.submit(() -> client.runUntil(end)));
            }
            for (Future<?> f : running) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return LoadResult.of(
                    all.stream().map(c -> c.latencies).toList(),
                    all.stream().mapToLong(c -> c.errors).sum(),
                    all.stream().flatMap(c -> c.errorSamples.stream()).limit(10).toList(),
                    seconds,
                    clients);
        } finally {
            pool.shutdownNow();
        }
    }

    private void ensureCoordinators() {
        Api admin = Api.as(base, "admin");
        for (String code : municipalities) {
            var body = Json.createObjectBuilder()
                    .add("username", "load.coord." + code)
                    .add("password", PASSWORD)
                    .add("role", "COORDINATOR")
                    .add("displayName", "Load client " + code)
                    .add("email", "load." + code + "@koto.example")
                    .add("language", "fi")
                    .add("municipalityCodes", Json.createArrayBuilder().add(code))
                    .build();
            var created = admin.post("api/v1/users", body.toString());
            if (created.status() != 201 && created.status() != 409) {
                throw new IllegalStateException("Could not create load.coord." + code + ": " + created);
            }
        }
    }

    private Client coordinator(String code, int index) {
        String user = "load.coord." + code;
        Api api = Api.as(base, user, PASSWORD);
        JsonObject programme = newPlan(api, code, "Kuormitustesti " + index);
        long id = programme.getJsonNumber("id").longValue();
        List<String> sections = new ArrayList<>();
        for (JsonObject section : programme.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            sections.add(section.getString("key"));
            var saved = api.put(
                    "api/v1/programmes/" + id + "/sections/" + section.getString("key"),
                    sectionBody(
                            section.getString("key"),
                            programme.getJsonNumber("version").longValue()));
            if (saved.status() != 200) {
                throw new IllegalStateException("Could not fill " + section.getString("key") + ": " + saved);
            }
            programme = (JsonObject) saved.json();
        }
        // shared for guidance, so that the readers (officials, the manager) may read it while it is a draft
        var shared = api.post("api/v1/programmes/" + id + "/sharing", "");
        if (shared.status() != 200) {
            throw new IllegalStateException("Could not share the programme as " + user + ": " + shared);
        }
        programme = (JsonObject) shared.json();
        Client client = new Client(user, PASSWORD);
        client.programme = id;
        client.version = programme.getJsonNumber("version").longValue();
        client.sections = sections;
        client.readable = List.of(id);
        return client;
    }

    /** A 681/2023 plan for 2027-2030 of one municipality, created as the coordinator {@code api} signs in. */
    static JsonObject newPlan(Api api, String code, String title) {
        var created = api.post(
                "api/v1/programmes",
                Json.createObjectBuilder()
                        .add("municipalityCodes", Json.createArrayBuilder().add(code))
                        .add("legalBasis", "ACT_681_2023")
                        .add("title", title)
                        .add("periodStart", "2027-01-01")
                        .add("periodEnd", "2030-12-31")
                        .build()
                        .toString());
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a programme for " + code + ": " + created);
        }
        return (JsonObject) created.json();
    }

    private Client reader(String user) {
        Client client = new Client(user, "demo");
        var queue =
                (JsonArray) Api.as(base, user).get("api/v1/programmes?limit=50").json();
        client.readable = queue.getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue())
                .toList();
        return client;
    }

    private static String sectionBody(String key, long version) {
        long n = ThreadLocalRandom.current().nextLong(1_000_000);
        return Json.createObjectBuilder()
                .add("fi", "Kuormitustesti " + key + " " + n)
                .add("sv", "Belastningstest " + key + " " + n)
                .add("version", version)
                .build()
                .toString();
    }

    /** One person: a page session for the pages, HTTP Basic for the API, and latencies per operation in ns. */
    final class Client {
        final String authorization;
        final String sessionCookie;
        final Map<Operation, LongList> latencies = new EnumMap<>(Operation.class);
        final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        long errors;
        long programme = -1;
        long version;
        boolean submitted;
        List<String> sections = List.of();
        List<Long> readable = List.of();

        Client(String user, String password) {
            this.authorization = "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            WebSession page = new WebSession(base);
            var login = page.login(user, password);
            if (login.statusCode() != 302) {
                throw new IllegalStateException("Page login of " + user + " answered " + login.statusCode());
            }
            this.sessionCookie = page.cookieHeader();
            for (Operation op : Operation.values()) {
                latencies.put(op, new LongList());
            }
        }

        void runUntil(long end) {
            while (System.nanoTime() < end) {
                int r = ThreadLocalRandom.current().nextInt(100);
                if (r < 30) {
                    workQueuePage();
                } else if (r < 55 || (r < 85 && programme < 0)) {
                    programmeRead();
                } else if (r < 75 && !submitted) {
                    sectionSave();
                } else if (r < 85) {
                    transition();
                } else {
                    utilisation();
                }
            }
        }

        private void workQueuePage() {
            call(
                    Operation.WORK_QUEUE_PAGE,
                    HttpRequest.newBuilder(root.resolve("programmes/index.xhtml"))
                            .header("Cookie", sessionCookie)
                            .GET());
        }

        private void programmeRead() {
            if (readable.isEmpty()) {
                utilisation();
                return;
            }
            long id = readable.get(ThreadLocalRandom.current().nextInt(readable.size()));
            call(Operation.PROGRAMME_READ, api("api/v1/programmes/" + id).GET());
        }

        private void sectionSave() {
            String key = sections.get(ThreadLocalRandom.current().nextInt(sections.size()));
            String body = call(
                    Operation.SECTION_SAVE,
                    api("api/v1/programmes/" + programme + "/sections/" + key)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(sectionBody(key, version))));
            remember(body);
        }

        private void transition() {
            String action = submitted ? "WITHDRAW" : "SUBMIT";
            String body = call(
                    Operation.TRANSITION,
                    api("api/v1/programmes/" + programme + "/transitions")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                    .add("action", action)
                                    .add("version", version)
                                    .build()
                                    .toString())));
            if (body != null) {
                submitted = !submitted;
                remember(body);
            }
        }

        private void utilisation() {
            call(Operation.UTILISATION, api("api/v1/utilisation?year=" + year).GET());
        }

        private void remember(String programmeJson) {
            if (programmeJson != null) {
                version = Json.createReader(new StringReader(programmeJson))
                        .readObject()
                        .getJsonNumber("version")
                        .longValue();
            }
        }

        private HttpRequest.Builder api(String path) {
            return HttpRequest.newBuilder(root.resolve(path))
                    .header("Authorization", authorization)
                    .header("Accept", "application/json");
        }

        /** Sends the request; answers the body of a 200, or null after counting the error. */
        private String call(Operation op, HttpRequest.Builder request) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(
                        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                latencies.get(op).add(System.nanoTime() - start);
                if (response.statusCode() == 200) {
                    return response.body();
                }
                if (response.statusCode() == 302) {
                    error(op + " " + response.uri().getPath() + " -> 302 to "
                            + response.headers().firstValue("Location").orElse("?"));
                    return null;
                }
                error(op + " " + response.uri().getPath() + " -> " + response.statusCode() + " "
                        + abbreviate(response.body()));
            } catch (Exception e) {
                latencies.get(op).add(System.nanoTime() - start);
                error(op + " -> " + e);
            }
            return null;
        }

        private void error(String what) {
            errors++;
            if (errorSamples.size() < 10) {
                errorSamples.add(what);
            }
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** A growable array of longs, so that recording a latency allocates nothing per request. */
    static final class LongList {
        long[] values = new long[1024];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
