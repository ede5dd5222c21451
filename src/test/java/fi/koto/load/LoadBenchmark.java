package fi.koto.load;

import fi.koto.it.KotoJar;
import fi.koto.it.NationalDataSet;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a test: the load benchmark (docs/benchmarks.md). Run with {@code mvn -B package -Pload-benchmark}, which builds
 * {@code target/koto.jar} and runs this class: it starts Koto on an H2 file database in
 * {@code target/load-benchmark}, fills it with the national data set (all municipalities, ten years of placements,
 * agreements, programmes with review histories), starts it again and runs {@link MixedWorkload} on loopback: a
 * warm-up of 15 s, then 50 clients for 60 s (arguments: target directory, port, clients, seconds). It prints
 * requests per second, the latency percentiles and every error; it stops the server it started.
 */
public final class LoadBenchmark {

    /** Municipalities of the coordinator clients: one programme each per client, filed under a load account. */
    static final List<String> MUNICIPALITIES = List.of("049", "091", "092", "106", "179", "186", "245", "858");

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8686;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        Path work = target.resolve("load-benchmark");
        clean(work);
        Path data = work.resolve("data");
        Path jar = target.resolve("koto.jar");
        try (KotoJar migrate = KotoJar.start(jar, port, work.resolve("server-1.log"), KotoJar.demoOnH2(data))) {
            migrate.awaitReady(); // the schema and the reference data are made; then H2's file is free again
        }
        System.out.println("National data set: " + NationalDataSet.seed(data));
        try (KotoJar server = KotoJar.start(jar, port, work.resolve("server-2.log"), KotoJar.demoOnH2(data))) {
            server.awaitReady();
            var workload = new MixedWorkload(new URL("http://127.0.0.1:" + port + "/"), MUNICIPALITIES, 2025);
            System.out.println("Warm-up:");
            workload.run(clients, Duration.ofSeconds(15)).lines().forEach(System.out::println);
            LoadResult result = workload.run(clients, Duration.ofSeconds(seconds));
            System.out.println();
            System.out.println("=== Load benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                    + System.getProperty("java.version") + ", server and clients on one machine) ===");
            result.lines().forEach(System.out::println);
        }
    }

    private static void clean(Path work) throws Exception {
        if (Files.exists(work)) {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
    }
}
