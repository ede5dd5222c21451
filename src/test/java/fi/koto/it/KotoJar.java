package fi.koto.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code target/koto.jar} run the way operations run it, {@code java -Xmx512m -jar target/koto.jar --port N}, as a
 * process of its own with the environment of the test plus {@code env} (a null value removes a variable); its
 * output goes to {@code target/uberjar-NAME.log}.
 */
public final class KotoJar implements AutoCloseable {

    /**
     * For profiling (docs/benchmarks.md, "How the benchmarks work"): when set, the server records a flight recording with these
     * settings ({@code profile}, or a {@code .jfc} file) into {@code LOG.jfr} beside its log.
     */
    public static final String FLIGHT_RECORDING = "KOTO_FLIGHT_RECORDING";

    private final Process process;
    private final URL base;

    private KotoJar(Process process, URL base) {
        this.process = process;
        this.base = base;
    }

    public static KotoJar start(int port, String name, Map<String, String> env) throws IOException {
        return start(
                Path.of(System.getProperty("koto.jar", "target/koto.jar")),
                port,
                Path.of("target", "uberjar-" + name + ".log"),
                env);
    }

    /** Starts the given jar with its output in {@code log} (the benchmarks keep theirs beside their data). */
    public static KotoJar start(Path jar, int port, Path log, Map<String, String> env) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m"));
        String recording = System.getenv(FLIGHT_RECORDING);
        if (recording != null && !recording.isBlank()) {
            command.add("-XX:StartFlightRecording=settings=" + recording + ",filename=" + log + ".jfr");
        }
        command.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port)));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        env.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        return new KotoJar(builder.start(), new URL("http://localhost:" + port + "/"));
    }

    /** The environment of a demo server on its own H2 files in {@code data}, whatever the caller's settings. */
    public static Map<String, String> demoOnH2(Path data) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("KOTO_DEMO", "true");
        env.put("KOTO_DATA_DIR", data.toAbsolutePath().toString());
        env.put("KOTO_DB_URL", null);
        return env;
    }

    public URL base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Waits until {@code /health/ready} answers 200, at most 10 minutes: an idle machine starts Koto in about 15 s,
     * one loaded by other builds has taken over 4 minutes.
     */
    public KotoJar awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive())
                    .as("koto.jar exited early, see target/uberjar-*.log")
                    .isTrue();
            try {
                if (Api.anonymous(base).get("health/ready").status() == 200) {
                    return this;
                }
            } catch (RuntimeException notYetListening) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new AssertionError("koto.jar did not become ready within 10 minutes");
    }

    /** SIGKILL: the process dies at once, with no shutdown of anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as("killed koto.jar ended")
                .isTrue();
    }

    /** Stops it gracefully (SIGTERM), killed after 60 s. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
