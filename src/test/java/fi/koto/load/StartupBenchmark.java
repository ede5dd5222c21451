package fi.koto.load;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Not a test: the start-up benchmark (docs/benchmarks.md). Run with {@code mvn -B package -Pstartup-benchmark}, which
 * builds {@code target/koto.jar} and runs this class. It makes a bare reference: a WAR holding one HTML file, packaged
 * into an uber jar by the same Payara Micro ({@code target/payara-micro.jar}, its default options), then starts
 * {@code target/koto.jar} once on a new H2 file database in {@code target/startup-benchmark} (that first start makes
 * the schema and the demo data), and then, alternating, starts each side N times: the time from launching
 * {@code java -jar} to the first HTTP 200 (Koto: {@code /health/ready}, the bare one: its page) and the resident
 * memory ({@code VmRSS}) right then. It prints every run with the load average, the medians and Koto's ratios to the
 * bare jar; every process it starts is stopped.
 *
 * <p>Arguments: target directory, rounds (default 5), then optional variants {@code name=jar[,jvm-option...]} that are
 * started in the same rotation (for trying a change side by side, for example a copy of an older koto.jar or
 * {@code -XX:SharedArchiveFile=...}); a variant whose name starts with {@code koto} runs on the same database.
 */
public final class StartupBenchmark {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StartupBenchmark() {}

    record Variant(String name, Path jar, List<String> jvmOptions, String readyPath) {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
        int rounds = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1]) : 5;
        Path work = target.resolve("startup-benchmark");
        deleteTree(work);
        Files.createDirectories(work);
        Path data = work.resolve("data");

        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put("bare", new Variant("bare", bareJar(target, work), List.of(), "/index.html"));
        variants.put("koto", new Variant("koto", target.resolve("koto.jar"), List.of(), "/health/ready"));
        List<String> specs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Arrays.stream(args[i].trim().split("\\s+"))
                    .filter(s -> !s.isEmpty())
                    .forEach(specs::add);
        }
        for (String spec : specs) {
            String[] nameAndRest = spec.split("=", 2);
            List<String> parts = Arrays.asList(nameAndRest[1].split(","));
            variants.put(
                    nameAndRest[0],
                    new Variant(
                            nameAndRest[0],
                            Path.of(parts.get(0)).toAbsolutePath(),
                            parts.subList(1, parts.size()),
                            nameAndRest[0].startsWith("koto") ? "/health/ready" : "/"));
        }

        System.out.println("First start of koto.jar on a new database (not counted): "
                + start(variants.get("koto"), work, data, "first").line());
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        variants.keySet().forEach(name -> runs.put(name, new ArrayList<>()));
        List<String> order = new ArrayList<>(variants.keySet());
        for (int round = 1; round <= rounds; round++) {
            for (String name : order) {
                Run run = start(variants.get(name), work, data, name + "-" + round);
                runs.get(name).add(run);
                System.out.printf("round %d %-10s %s%n", round, name, run.line());
            }
            java.util.Collections.rotate(order, 1); // each side starts first in turn
        }

        System.out.println();
        System.out.println("=== Start-up benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.version") + ", " + rounds + " starts each, medians) ===");
        double bareTime = median(runs.get("bare"), true);
        double bareRss = median(runs.get("bare"), false);
        for (var entry : runs.entrySet()) {
            double time = median(entry.getValue(), true);
            double rss = median(entry.getValue(), false);
            System.out.printf(
                    "%-10s ready in %5.1f s (%.2fx bare), resident %4.0f MB (%.2fx bare)%n",
                    entry.getKey(), time / 1000, time / bareTime, rss, rss / bareRss);
        }
        System.out.println("load average at the end: " + loadAverage());
    }

    record Run(long millis, long rssMb, String loadBefore, String loadAfter) {
        String line() {
            return String.format(
                    "ready in %6.1f s, resident %4d MB (load average before %s, after %s)",
                    millis / 1000.0, rssMb, loadBefore, loadAfter);
        }
    }

    private static Run start(Variant variant, Path work, Path data, String label) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.add("-Xmx512m");
        command.addAll(variant.jvmOptions());
        command.addAll(List.of("-jar", variant.jar().toString(), "--port", String.valueOf(port)));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(label + ".log").toFile());
        builder.environment().put("KOTO_DEMO", "true");
        builder.environment().put("KOTO_DATA_DIR", data.toString());
        builder.environment().remove("KOTO_DB_URL");
        String loadBefore = loadAverage();
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            URI ready = URI.create("http://127.0.0.1:" + port + variant.readyPath());
            long deadline = started + TimeUnit.MINUTES.toNanos(10);
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(label + " exited early, see " + work.resolve(label + ".log"));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(label + " not ready within 10 minutes");
                }
                if (status(ready) == 200) {
                    break;
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            long rss = residentMb(process.pid());
            return new Run(millis, rss, loadBefore, loadAverage());
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static int status(URI uri) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notYetListening) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The reference: one HTML file in a WAR, made into an uber jar by the same Payara Micro with its defaults. */
    private static Path bareJar(Path target, Path work) throws Exception {
        Path war = work.resolve("ROOT.war");
        try (OutputStream out = Files.newOutputStream(war);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<!DOCTYPE html><html><head><title>bare</title></head><body>bare</body></html>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            // without the WEB-INF/ folder Payara deploys nothing ("Archive type ... was not recognized")
            zip.putNextEntry(new ZipEntry("WEB-INF/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
            zip.write(("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                            + "<welcome-file-list><welcome-file>index.html</welcome-file></welcome-file-list>"
                            + "</web-app>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path jar = work.resolve("bare.jar");
        Process packaging = new ProcessBuilder(
                        System.getProperty("java.home") + "/bin/java",
                        "-jar",
                        target.resolve("payara-micro.jar").toString(),
                        "--deploy",
                        war.toString(),
                        "--contextroot",
                        "/",
                        "--outputUberJar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("bare-package.log").toFile())
                .start();
        if (packaging.waitFor() != 0 || !Files.exists(jar)) {
            throw new IllegalStateException("packaging the bare jar failed, see " + work.resolve("bare-package.log"));
        }
        return jar;
    }

    private static long residentMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double median(List<Run> runs, boolean time) {
        long[] values = runs.stream()
                .mapToLong(r -> time ? r.millis() : r.rssMb())
                .sorted()
                .toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
