package fi.koto.load;

import fi.koto.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person of the working-day benchmark ({@link WorkingDayBenchmark}): signs in through the login page once, then
 * works step after step with 3-10 s of thought between, until told to stop. A page step loads the page as a browser
 * does: its HTML, then the style sheets and scripts it names that this person's browser has not cached yet (in
 * parallel, as a browser fetches them), and the Ajax request the page makes when the person pages a table. Writes go
 * through the REST API, the same boundaries the pages call (the benchmark's documented simplification: a Faces form
 * post of a section needs the whole form's state). Every answer is checked; a wrong one is an error.
 */
final class Person implements Runnable {

    /** What a person does. Pages are measured against the goal; the others are printed beside them. */
    enum Step {
        HOME("index.xhtml"),
        PROGRAMME_LIST("programmes/index.xhtml"),
        PROGRAMME_LIST_NEXT_PAGE(null),
        PROGRAMME_PAGE(null),
        AGREEMENT_LIST("agreements/index.xhtml"),
        PLACES_ROUND("places/index.xhtml"),
        REPORTS("reports/index.xhtml"),
        MONITORING("monitoring/index.xhtml"),
        SECTION_SAVE(null),
        TRANSITION(null),
        REPORT_ORDERED(null),
        LOGIN(null);

        final String path;

        Step(String path) {
            this.path = path;
        }

        boolean isPage() {
            return this.ordinal() <= MONITORING.ordinal();
        }
    }

    /** The kinds of people and what their working day is made of (weights per step, in the order given). */
    enum Role {
        COORDINATOR(
                new Step[] {
                    Step.HOME,
                    Step.PROGRAMME_LIST,
                    Step.PROGRAMME_PAGE,
                    Step.SECTION_SAVE,
                    Step.TRANSITION,
                    Step.PLACES_ROUND,
                    Step.MONITORING,
                    Step.REPORTS
                },
                new int[] {15, 10, 30, 25, 5, 5, 5, 5}),
        OFFICIAL(
                new Step[] {
                    Step.HOME, Step.PROGRAMME_LIST, Step.PROGRAMME_LIST_NEXT_PAGE, Step.PROGRAMME_PAGE,
                    Step.AGREEMENT_LIST, Step.PLACES_ROUND, Step.REPORTS, Step.MONITORING
                },
                new int[] {10, 25, 10, 25, 10, 10, 5, 5}),
        MANAGER(
                new Step[] {Step.HOME, Step.REPORTS, Step.REPORT_ORDERED, Step.PROGRAMME_LIST, Step.PLACES_ROUND},
                new int[] {30, 30, 5, 20, 15});

        final Step[] steps;
        final int[] weights;

        Role(Step[] steps, int[] weights) {
            this.steps = steps;
            this.weights = weights;
        }

        Step next() {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int r = ThreadLocalRandom.current().nextInt(total);
            for (int i = 0; i < steps.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return steps[i];
                }
            }
            return steps[0];
        }
    }

    private static final Pattern RESOURCE =
            Pattern.compile("(?:href|src)=\"([^\"]*jakarta\\.faces\\.resource[^\"]*)\"");

    private final java.net.URL base;
    private final URI root;
    private final HttpClient http;
    private final Samples samples;
    private final Role role;
    private final String username;
    private final String password;
    private final List<Long> readable;
    private final Set<String> cached = new HashSet<>();
    private volatile boolean stopped;
    private String cookie;
    private String authorization;
    private long programme = -1;
    private long version;
    private boolean submitted;
    private List<String> sections = List.of();
    private final Set<String> written = new HashSet<>();

    Person(
            java.net.URL base,
            HttpClient http,
            Samples samples,
            Role role,
            String username,
            String password,
            List<Long> readable) {
        this.base = base;
        this.root = fi.koto.it.Api.toUri(base);
        this.http = http;
        this.samples = samples;
        this.role = role;
        this.username = username;
        this.password = password;
        this.readable = readable;
    }

    /** The coordinator's own programme, created when the person joins (not measured). */
    void ownProgramme(long id, long version, List<String> sections) {
        this.programme = id;
        this.version = version;
        this.sections = sections;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        try {
            signIn();
            while (!stopped) {
                think();
                if (!stopped) {
                    step(role.next());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void signIn() {
        long start = System.nanoTime();
        WebSession page = new WebSession(base);
        var login = page.login(username, password);
        samples.add(Step.LOGIN, start, login.statusCode() == 302 ? null : "login answered " + login.statusCode());
        cookie = page.cookieHeader();
        authorization = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void think() throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(3_000, 10_001));
    }

    private void step(Step step) {
        long start = System.nanoTime();
        String error;
        try {
            error = switch (step) {
                case PROGRAMME_PAGE -> page(programmePath());
                case PROGRAMME_LIST_NEXT_PAGE -> nextPageOfQueue();
                case SECTION_SAVE -> sectionSave();
                case TRANSITION -> transition();
                case REPORT_ORDERED -> report();
                default -> page(step.path);
            };
        } catch (Exception e) {
            error = e.toString();
        }
        samples.add(step, start, error);
    }

    private String programmePath() {
        long id = programme > 0
                        && (readable.isEmpty() || ThreadLocalRandom.current().nextBoolean())
                ? programme
                : readable.get(ThreadLocalRandom.current().nextInt(readable.size()));
        return "programmes/view.xhtml?id=" + id;
    }

    /** A page as a browser loads it: the HTML, then what it has not cached, in parallel. Answers an error or null. */
    private String page(String path) throws Exception {
        HttpResponse<String> html = send(pageRequest(path).GET());
        if (html.statusCode() != 200) {
            return "GET " + path + " -> " + html.statusCode();
        }
        List<CompletableFuture<HttpResponse<Void>>> loads = new ArrayList<>();
        Matcher m = RESOURCE.matcher(html.body());
        while (m.find()) {
            String resource = m.group(1).replace("&amp;", "&");
            if (cached.add(resource.replaceAll("[?&]v=[^&]*", ""))) {
                loads.add(http.sendAsync(
                        HttpRequest.newBuilder(root.resolve(resource))
                                .header("Cookie", cookie)
                                .timeout(Duration.ofSeconds(60))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding()));
            }
        }
        for (var load : loads) {
            int status = load.get().statusCode();
            if (status != 200) {
                return "resource of " + path + " -> " + status;
            }
        }
        return null;
    }

    /** The work queue, then its second page of 20 as the paginator asks for it (a PrimeFaces Ajax request). */
    private String nextPageOfQueue() throws Exception {
        HttpResponse<String> html = send(pageRequest(Step.PROGRAMME_LIST.path).GET());
        if (html.statusCode() != 200) {
            return "GET queue -> " + html.statusCode();
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "queue:table");
        form.put("jakarta.faces.partial.execute", "queue:table");
        form.put("jakarta.faces.partial.render", "queue:table");
        form.put("jakarta.faces.behavior.event", "page");
        form.put("jakarta.faces.partial.event", "page");
        form.put("queue:table_pagination", "true");
        form.put("queue:table_first", "20");
        form.put("queue:table_rows", "20");
        form.put("queue:table_skipChildren", "true");
        form.put("queue:table_encodeFeature", "true");
        form.put("queue", "queue");
        form.put("jakarta.faces.ViewState", WebSession.viewState(html.body()));
        HttpResponse<String> ajax = send(pageRequest(Step.PROGRAMME_LIST.path)
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(WebSession.formBody(form))));
        if (ajax.statusCode() != 200
                || !ajax.body().contains("<partial-response")
                || ajax.body().contains("<error>")) {
            return "queue paging -> " + ajax.statusCode() + " " + abbreviate(ajax.body());
        }
        return null;
    }

    private String sectionSave() throws Exception {
        if (programme < 0 || submitted) {
            return page(programmePath());
        }
        // the sections not yet written come first, as a coordinator fills a new plan before submitting it
        String key = sections.stream()
                .filter(k -> !written.contains(k))
                .findFirst()
                .orElseGet(() -> sections.get(ThreadLocalRandom.current().nextInt(sections.size())));
        long n = ThreadLocalRandom.current().nextLong(1_000_000);
        String body = Json.createObjectBuilder()
                .add("fi", "Työpäivän kuormitus " + key + " " + n)
                .add("sv", "Arbetsdagens belastning " + key + " " + n)
                .add("version", version)
                .build()
                .toString();
        String error = remember(send(api("api/v1/programmes/" + programme + "/sections/" + key)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))));
        if (error == null) {
            written.add(key);
        }
        return error;
    }

    private String transition() throws Exception {
        if (programme < 0) {
            return page(Step.HOME.path);
        }
        if (!submitted && written.size() < sections.size()) {
            return sectionSave(); // a plan is submitted once every section is written
        }
        String body = Json.createObjectBuilder()
                .add("action", submitted ? "WITHDRAW" : "SUBMIT")
                .add("version", version)
                .build()
                .toString();
        String error = remember(send(api("api/v1/programmes/" + programme + "/transitions")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
        if (error == null) {
            submitted = !submitted;
        }
        return error;
    }

    /** A small report as a manager pulls one: ordered, waited for, downloaded. */
    private String report() throws Exception {
        int year = java.time.LocalDate.now().getYear() - 1;
        var ordered = send(api("api/v1/reports")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"PROGRAMME_STATUS\",\"year\":" + year
                        + ",\"format\":\"PDF\",\"language\":\"fi\"}")));
        if (ordered.statusCode() != 202) {
            return "report order -> " + ordered.statusCode() + " " + abbreviate(ordered.body());
        }
        long id = json(ordered.body()).getJsonNumber("id").longValue();
        for (int i = 0; i < 6; i++) {
            var view = send(api("api/v1/reports/" + id + "?wait=10").GET());
            String status = json(view.body()).getString("status");
            if ("COMPLETED".equals(status)) {
                var file = http.send(
                        api("api/v1/reports/" + id + "/file")
                                .setHeader("Accept", "*/*")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                return file.statusCode() == 200 ? null : "report file -> " + file.statusCode();
            }
            if (!"STARTED".equals(status)) {
                return "report " + status;
            }
        }
        return "report not done within 60 s";
    }

    private String remember(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return response.request().method() + " " + response.uri().getPath() + " -> " + response.statusCode() + " "
                    + abbreviate(response.body());
        }
        version = json(response.body()).getJsonNumber("version").longValue();
        return null;
    }

    private HttpRequest.Builder pageRequest(String path) {
        return HttpRequest.newBuilder(root.resolve(path))
                .header("Cookie", cookie)
                .header("Accept", "text/html");
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
