package fi.koto.load;

import fi.koto.it.Api;
import fi.koto.it.KotoJar;
import fi.koto.it.NationalDataSet;
import fi.koto.load.Person.Role;
import fi.koto.load.Person.Step;
import fi.koto.load.Samples.Window;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Not a test: the working-day benchmark (docs/benchmarks.md), beside the stress test of {@link LoadBenchmark}. Run
 * with {@code mvn -B package -Pworking-day-benchmark [-Dkoto.day.database=postgres]}: it starts Koto on the
 * national data set (H2 file database in {@code target/working-day-benchmark}, or a database of its own on the local
 * PostgreSQL, dropped afterwards), then ramps signed-in people in stages: three in five municipal coordinators
 * (each with a programme of their own, in the municipalities of the country in turn), a third officials of every
 * regional authority, the rest managers (weights of their steps in {@link Role}). Each person thinks 3-10 s between
 * steps. In each stage the new people sign in during the first 10 s after they are set up; the stage's figures are
 * those of the steps begun in the {@code stageSeconds - 15} seconds (at least 20) after the next 15 s. It prints per stage the page time (HTML with uncached resources and Ajax) p50/p95/p99,
 * the other steps, the errors, and at the end the number of people at which p95 page time first passed 200 ms.
 */
public final class WorkingDayBenchmark {

    static final String PASSWORD = "Tyopaiva-Kuorma-2026!";
    private static final long GOAL_P95_MS = 200;

    private final URL base;
    private final Samples samples = new Samples();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "day-http");
                t.setDaemon(true);
                return t;
            }))
            .build();
    private final List<Person> people = new ArrayList<>();
    private final List<String> municipalities;
    private final List<String> authorities;
    private final Map<String, List<Long>> readableByOfficial = new HashMap<>();

    private WorkingDayBenchmark(URL base, List<String> municipalities, List<String> authorities) {
        this.base = base;
        this.municipalities = municipalities;
        this.authorities = authorities;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8687;
        String database = args.length > 2 ? args[2] : "h2";
        int[] stages = Arrays.stream((args.length > 3 ? args[3] : "50,100,200,300,400,500,600,800,1000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip()))
                .toArray();
        int stageSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        Path work = target.resolve("working-day-benchmark");
        clean(work);
        Path jar = target.resolve("koto.jar");
        boolean postgres = database.equals("postgres");
        String pgUrl = "jdbc:postgresql://127.0.0.1:5432/koto_working_day";
        Map<String, String> env = postgres ? onPostgres(pgUrl) : KotoJar.demoOnH2(work.resolve("data"));
        if (postgres) {
            admin("drop database if exists koto_working_day");
            admin("create database koto_working_day");
        }
        try {
            try (KotoJar migrate = KotoJar.start(jar, port, work.resolve("server-1.log"), env)) {
                migrate.awaitReady();
            }
            String jdbc = postgres ? pgUrl : NationalDataSet.h2Url(work.resolve("data"));
            String user = postgres ? "postgres" : "koto";
            System.out.println("National data set: " + NationalDataSet.seed(jdbc, user));
            List<String> codes = column(jdbc, user, "select code from municipality where not aland order by code");
            List<String> authorities = column(
                    jdbc,
                    user,
                    "select code from regional_authority where valid_from <= current_date"
                            + " and (valid_to is null or valid_to >= current_date) order by code");
            try (KotoJar server = KotoJar.start(jar, port, work.resolve("server-2.log"), env)) {
                server.awaitReady();
                var day = new WorkingDayBenchmark(new URL("http://127.0.0.1:" + port + "/"), codes, authorities);
                day.run(database, stages, stageSeconds);
            }
        } finally {
            if (postgres) {
                admin("drop database if exists koto_working_day");
            }
        }
    }

    private void run(String database, int[] stages, int stageSeconds) throws Exception {
        accounts();
        System.out.printf(
                "%n=== Working-day benchmark on %s (%d cores, %s, server and clients on one machine; load average %s)"
                        + " ===%n",
                database,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                loadAverage());
        System.out.println("people | pages/s | page p50 / p95 / p99 / max ms | steps | errors | p95 per step (ms)");
        Integer passedAt = null;
        int highestMet = 0;
        try {
            for (int stage : stages) {
                join(stage);
                Thread.sleep(15_000);
                long from = System.nanoTime();
                Thread.sleep(Math.max(20, stageSeconds - 15) * 1_000L);
                Window window = samples.between(from, System.nanoTime());
                long[] pages = window.pages();
                double p95 = Window.percentile(pages, 95);
                System.out.printf(
                        "%6d | %7.1f | %.0f / %.0f / %.0f / %.0f | %d | %d | %s%n",
                        people.size(),
                        pages.length / window.seconds(),
                        Window.percentile(pages, 50),
                        p95,
                        Window.percentile(pages, 99),
                        Window.max(pages),
                        window.steps(),
                        window.errors().size(),
                        perStep(window));
                window.errors().stream().limit(5).forEach(e -> System.out.println("  error: " + e));
                if (p95 > GOAL_P95_MS && passedAt == null) {
                    passedAt = people.size();
                } else if (passedAt == null && window.errors().isEmpty()) {
                    highestMet = people.size();
                }
                if (pages.length >= 100
                        && (p95 > 5 * GOAL_P95_MS || window.errors().size() > window.steps() / 20)) {
                    System.out.println("  (stopping the ramp: far past the goal)");
                    break;
                }
            }
        } finally {
            people.forEach(Person::stop);
        }
        System.out.println(
                passedAt == null
                        ? "p95 page time stayed under " + GOAL_P95_MS + " ms up to " + people.size() + " people"
                        : "p95 page time passed " + GOAL_P95_MS + " ms at " + passedAt
                                + " people (last stage under it and" + " without errors: " + highestMet + ")");
        System.out.println("load average after: " + loadAverage());
    }

    /** Adds people up to the number given: they sign in at random moments of the next 10 s. */
    private void join(int total) throws Exception {
        while (people.size() < total) {
            int i = people.size();
            Person person =
                    switch (i % 20) {
                        case 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 -> coordinator(i);
                        case 19 -> new Person(base, http, samples, Role.MANAGER, "manager", "demo", List.of());
                        default -> official(i);
                    };
            people.add(person);
            long delay = ThreadLocalRandom.current().nextLong(10_000);
            Thread thread = new Thread(
                    () -> {
                        try {
                            Thread.sleep(delay);
                            person.run();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    },
                    "person-" + i);
            thread.setDaemon(true);
            thread.start();
        }
    }

    private Person coordinator(int i) {
        String code = municipalities.get(i % municipalities.size());
        String user = "day.coord." + code;
        JsonObject programme = MixedWorkload.newPlan(Api.as(base, user, PASSWORD), code, "Työpäivän suunnitelma " + i);
        var person = new Person(base, http, samples, Role.COORDINATOR, user, PASSWORD, List.of());
        person.ownProgramme(
                programme.getJsonNumber("id").longValue(),
                programme.getJsonNumber("version").longValue(),
                programme.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("key"))
                        .toList());
        return person;
    }

    private Person official(int i) {
        String user = "day.official." + authorities.get(i % authorities.size()).toLowerCase(java.util.Locale.ROOT);
        List<Long> readable = readableByOfficial.computeIfAbsent(user, u -> ((JsonArray) Api.as(base, u, PASSWORD)
                        .get("api/v1/programmes?limit=50")
                        .json())
                .getValuesAs(JsonObject.class).stream()
                        .map(p -> p.getJsonNumber("id").longValue())
                        .toList());
        return new Person(
                base, http, samples, readable.isEmpty() ? Role.MANAGER : Role.OFFICIAL, user, PASSWORD, readable);
    }

    /** A coordinator account per municipality and an official account per authority (made before the ramp). */
    private void accounts() {
        Api admin = Api.as(base, "admin");
        for (String code : municipalities) {
            account(
                    admin,
                    "day.coord." + code,
                    "COORDINATOR",
                    Json.createArrayBuilder().add(code).build(),
                    null);
        }
        for (String authority : authorities) {
            account(admin, "day.official." + authority.toLowerCase(java.util.Locale.ROOT), "OFFICIAL", null, authority);
        }
    }

    private static void account(Api admin, String username, String role, JsonArray municipalities, String authority) {
        var body = Json.createObjectBuilder()
                .add("username", username)
                .add("password", PASSWORD)
                .add("role", role)
                .add("displayName", "Työpäivä " + username)
                .add("email", username + "@koto.example")
                .add("language", "fi");
        if (municipalities != null) {
            body.add("municipalityCodes", municipalities);
        }
        if (authority != null) {
            body.add("authorityCode", authority);
        }
        var created = admin.post("api/v1/users", body.build().toString());
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("Could not create " + username + ": " + created);
        }
    }

    private static String perStep(Window window) {
        StringBuilder line = new StringBuilder();
        for (Step step : Step.values()) {
            long[] nanos = window.of(step);
            if (nanos.length > 0) {
                line.append(String.format(
                        "%s %d×%.0f  ",
                        step.name().toLowerCase(java.util.Locale.ROOT), nanos.length, Window.percentile(nanos, 95)));
            }
        }
        return line.toString().strip();
    }

    private static Map<String, String> onPostgres(String url) {
        Map<String, String> env = new HashMap<>();
        env.put("KOTO_DEMO", "true");
        env.put("KOTO_DB_URL", url);
        env.put("KOTO_DB_USER", "postgres");
        return env;
    }

    private static void admin(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            db.createStatement().execute(sql);
        }
    }

    private static List<String> column(String url, String user, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, user, "");
                ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void clean(Path work) throws Exception {
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
    }
}
