package fi.koto.load;

import fi.koto.it.Api;
import fi.koto.it.KotoJar;
import fi.koto.it.WebSession;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: the page benchmark (docs/benchmarks.md). Run with {@code mvn -B package -Ppage-benchmark}: it starts
 * {@code target/koto.jar} (and every further jar given, each on its own demo database in
 * {@code target/page-benchmark}, all running at once, measured in turn, so that a change is compared side by side)
 * and measures, on the demo data:
 *
 * <ul>
 *   <li>the main pages for one signed-in regional official ({@code official.uusimaa}), one request at a time: the
 *       median and the 90th percentile of the time to the last byte;
 *   <li>the programme list with 8 requests at once on that one session against one at a time, and against 8
 *       sessions of the same person at once (what the application serialises per session shows as the difference);
 *   <li>{@code GET /api/v1/programmes} as a coordinator with 16 connections against a static resource of Koto.
 * </ul>
 *
 * It prints the load average with every figure. Arguments: target directory, then further jars.
 */
public final class PageBenchmark {

    static final int SEQUENTIAL = 60;
    static final int PARALLEL_TOTAL = 160;
    static final Duration THROUGHPUT_TIME = Duration.ofSeconds(8);

    private PageBenchmark() {}

    record Server(
            String name, KotoJar jar, URI base, String official, String coordinatorBasic, Map<String, String> pages) {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
        List<Path> jars = new ArrayList<>();
        jars.add(target.resolve("koto.jar"));
        for (int i = 1; i < args.length; i++) {
            Arrays.stream(args[i].trim().split("\\s+"))
                    .filter(s -> !s.isEmpty())
                    .map(Path::of)
                    .forEach(jars::add);
        }
        Path work = target.resolve("page-benchmark");
        Files.createDirectories(work);
        List<Server> servers = new ArrayList<>();
        try {
            for (int i = 0; i < jars.size(); i++) {
                int port = KotoJar.freePort();
                Path data = work.resolve("data-" + i);
                KotoJar jar =
                        KotoJar.start(jars.get(i), port, work.resolve("server-" + i + ".log"), KotoJar.demoOnH2(data));
                servers.add(new Server(
                        jars.get(i).getFileName() + "#" + i,
                        jar,
                        URI.create("http://127.0.0.1:" + port + "/"),
                        null,
                        null,
                        null));
            }
            List<Server> ready = new ArrayList<>();
            for (Server s : servers) {
                s.jar().awaitReady();
                ready.add(prepare(s));
            }
            System.out.println("Servers: " + ready.stream().map(Server::name).toList() + "; load average "
                    + StartupBenchmark.loadAverage());
            // warm-up: every page and the API on every server
            for (int round = 0; round < 3; round++) {
                for (Server s : ready) {
                    for (String page : s.pages().values()) {
                        sequential(s, page, 15);
                    }
                    throughput(s, "api/v1/programmes", s.coordinatorBasic(), 16, Duration.ofSeconds(2));
                }
            }
            System.out.println();
            System.out.println("=== Pages, one signed-in official, one request at a time (" + SEQUENTIAL
                    + " each; p50 / p90 ms) ===");
            for (String page : ready.get(0).pages().keySet()) {
                for (Server s : ready) {
                    long[] ms = sequential(s, s.pages().get(page), SEQUENTIAL);
                    System.out.printf(
                            "%-16s %-14s p50 %6.1f  p90 %6.1f   load %s%n",
                            page,
                            s.name(),
                            percentile(ms, 50) / 1000.0,
                            percentile(ms, 90) / 1000.0,
                            StartupBenchmark.loadAverage());
                }
            }
            System.out.println();
            System.out.println("=== Programme list, " + PARALLEL_TOTAL + " requests: one at a time / 8 at once on one "
                    + "session / 8 at once on 8 sessions (requests/s) ===");
            for (int round = 0; round < 2; round++) {
                for (Server s : ready) {
                    String page = s.pages().get("programme list");
                    double one = parallel(s, page, List.of(s.official()), 1);
                    double sameSession = parallel(s, page, List.of(s.official()), 8);
                    List<String> sessions = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        sessions.add(login(s.base()));
                    }
                    double eightSessions = parallel(s, page, sessions, 8);
                    System.out.printf(
                            "%-14s %6.1f / %6.1f / %6.1f   load %s%n",
                            s.name(), one, sameSession, eightSessions, StartupBenchmark.loadAverage());
                }
            }
            System.out.println();
            System.out.println("=== 16 connections for " + THROUGHPUT_TIME.toSeconds()
                    + " s: GET /api/v1/programmes as a coordinator / a static resource (requests/s) ===");
            for (int round = 0; round < 2; round++) {
                for (Server s : ready) {
                    double api = throughput(s, "api/v1/programmes", s.coordinatorBasic(), 16, THROUGHPUT_TIME);
                    double statics = throughput(s, "resources/css/koto.css", null, 16, THROUGHPUT_TIME);
                    System.out.printf(
                            "%-14s %7.1f / %7.1f  (%.2fx)   load %s%n",
                            s.name(), api, statics, api / statics, StartupBenchmark.loadAverage());
                }
            }
        } finally {
            for (Server s : servers) {
                s.jar().close();
            }
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static Server prepare(Server s) throws Exception {
        URL url = s.base().toURL();
        String official = login(s.base());
        String coordinator =
                "Basic " + Base64.getEncoder().encodeToString("coord.helsinki:demo".getBytes(StandardCharsets.UTF_8));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "index.xhtml");
        pages.put("programme list", "programmes/index.xhtml");
        pages.put(
                "programme",
                "programmes/view.xhtml?id="
                        + firstId(Api.as(url, "official.uusimaa")
                                .get("api/v1/programmes")
                                .json()));
        pages.put(
                "agreement",
                "agreements/view.xhtml?id="
                        + firstId(Api.as(url, "official.uusimaa")
                                .get("api/v1/agreements")
                                .json()));
        pages.put(
                "places round",
                "places/round.xhtml?id="
                        + firstId(Api.as(url, "official.uusimaa")
                                .get("api/v1/places-rounds")
                                .json()));
        pages.put("reports", "reports/index.xhtml");
        for (String page : pages.values()) {
            int status = get(s.base().resolve(page), official, null).statusCode();
            if (status != 200) {
                throw new IllegalStateException(page + " answered " + status + " on " + s.name());
            }
        }
        return new Server(s.name(), s.jar(), s.base(), official, coordinator, pages);
    }

    private static long firstId(JsonStructure json) {
        JsonArray array = json instanceof JsonArray a ? a : ((JsonObject) json).getJsonArray("items");
        return array.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String login(URI base) throws Exception {
        WebSession session = new WebSession(base.toURL());
        var answer = session.login("official.uusimaa", "demo");
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("login answered " + answer.statusCode());
        }
        return session.cookieHeader();
    }

    private static HttpResponse<byte[]> get(URI uri, String cookie, String authorization) throws Exception {
        var request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Microseconds per request, one at a time. */
    private static long[] sequential(Server s, String page, int n) throws Exception {
        long[] micros = new long[n];
        URI uri = s.base().resolve(page);
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            var answer = get(uri, s.official(), null);
            micros[i] = (System.nanoTime() - t0) / 1000;
            check(answer, page);
        }
        return micros;
    }

    /** Requests per second for PARALLEL_TOTAL requests by {@code threads} threads, thread i using session i mod n. */
    private static double parallel(Server s, String page, List<String> sessions, int threads) throws Exception {
        URI uri = s.base().resolve(page);
        AtomicLong left = new AtomicLong(PARALLEL_TOTAL);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String cookie = sessions.get(t % sessions.size());
                done.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        check(get(uri, cookie, null), page);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return PARALLEL_TOTAL / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double throughput(Server s, String path, String authorization, int connections, Duration time)
            throws Exception {
        URI uri = s.base().resolve(path);
        AtomicLong count = new AtomicLong();
        long end = System.nanoTime() + time.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < connections; t++) {
                done.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        check(get(uri, null, authorization), path);
                        count.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return count.get() / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void check(HttpResponse<byte[]> answer, String page) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(page + " answered " + answer.statusCode());
        }
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
