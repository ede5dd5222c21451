package fi.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs Koto the way operations do, {@code java -jar target/koto.jar --port N}, with the database the failsafe
 * execution chose (the H2 files under KOTO_DATA_DIR, or PostgreSQL), writes data, stops the server, starts it
 * again, and reads the data back.
 */
class UberJarRestartIT {

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        String username = "restart." + Long.toString(System.nanoTime(), 36);
        int port = freePort();
        URL base = new URL("http://localhost:" + port + "/");

        Process first = start(port, "first");
        try {
            awaitReady(base, first);
            var created = Api.as(base, "admin").post("api/v1/users", """
                    {"username":"%s","password":"survives-a-restart","role":"COORDINATOR","displayName":"Restart",
                     "municipalityCodes":["179"]}
                    """.formatted(username));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        } finally {
            stop(first);
        }

        Process second = start(port, "second");
        try {
            awaitReady(base, second);
            var me = Api.as(base, username, "survives-a-restart").get("api/v1/me");
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.body()).contains("\"179\"");
        } finally {
            stop(second);
        }
    }

    private static Process start(int port, String name) throws IOException {
        Path log = Path.of("target", "uberjar-" + name + ".log");
        Files.createDirectories(log.getParent());
        String jar = System.getProperty("koto.jar", "target/koto.jar");
        var builder = new ProcessBuilder(List.of(javaBinary(), "-Xmx512m", "-jar", jar, "--port",
                String.valueOf(port)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        return builder.start();
    }

    private static void awaitReady(URL base, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("koto.jar exited early, see target/uberjar-*.log").isTrue();
            try {
                if (Api.anonymous(base).get("health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new AssertionError("koto.jar did not become ready within 3 minutes");
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
