package fi.koto.it;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Starts {@code target/koto.jar} as a process of its own on an H2 file database, for the benchmarks. */
public final class KotoProcess {

    private KotoProcess() {
    }

    /** Starts Koto with the demo users on the H2 database in {@code data} and waits until it is ready. */
    public static Process start(Path jar, int port, Path data, Path log) throws Exception {
        Files.createDirectories(data);
        var builder = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KOTO_DEMO", "true");
        builder.environment().put("KOTO_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().remove("KOTO_DB_URL");
        long started = System.nanoTime();
        Process process = builder.start();
        Api anonymous = Api.anonymous(new URL("http://127.0.0.1:" + port + "/"));
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Koto stopped; see " + log);
            }
            try {
                if (anonymous.get("health/ready").status() == 200) {
                    break;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("Koto did not get ready in 10 minutes; see " + log);
            }
            Thread.sleep(500);
        }
        System.out.printf("   (Koto ready in %d s)%n", (System.nanoTime() - started) / 1_000_000_000);
        return process;
    }

    /** Stops Koto as an operator would (SIGTERM), forcibly if it does not stop in two minutes. */
    public static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
