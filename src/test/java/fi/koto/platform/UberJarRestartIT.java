package fi.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoJar;
import fi.koto.it.PostgresTestDatabase;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs Koto the way operations do, {@code java -jar target/koto.jar --port N}, on the kind of database the failsafe
 * execution chose, writes data, stops the server, starts it again, and reads the data back. On PostgreSQL it uses
 * the execution's database; on H2 files of its own under {@code target/it-data/restart-*}, because an H2 file is
 * open in one process at a time and the test run's shared server ({@code SharedDeployment}) holds the execution's.
 */
class UberJarRestartIT {

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        String username = "restart." + Long.toString(System.nanoTime(), 36);
        int port = KotoJar.freePort();
        Map<String, String> env = PostgresTestDatabase.active()
                ? Map.of()
                : Map.of(
                        "KOTO_DATA_DIR",
                        Path.of("target", "it-data", "restart-" + Long.toString(System.currentTimeMillis(), 36))
                                .toAbsolutePath()
                                .toString());

        try (KotoJar first = KotoJar.start(port, "first", env)) {
            first.awaitReady();
            var created = Api.as(first.base(), "admin").post("api/v1/users", """
                    {"username":"%s","password":"survives-a-restart","role":"COORDINATOR","displayName":"Restart",
                     "municipalityCodes":["179"]}
                    """.formatted(username));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }

        try (KotoJar second = KotoJar.start(port, "second", env)) {
            second.awaitReady();
            var me = Api.as(second.base(), username, "survives-a-restart").get("api/v1/me");
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.body()).contains("\"179\"");
        }
    }
}
