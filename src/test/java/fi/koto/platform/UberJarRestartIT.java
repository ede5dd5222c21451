package fi.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoJar;
import java.util.Map;
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
        int port = KotoJar.freePort();

        try (KotoJar first = KotoJar.start(port, "first", Map.of())) {
            first.awaitReady();
            var created = Api.as(first.base(), "admin").post("api/v1/users", """
                    {"username":"%s","password":"survives-a-restart","role":"COORDINATOR","displayName":"Restart",
                     "municipalityCodes":["179"]}
                    """.formatted(username));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }

        try (KotoJar second = KotoJar.start(port, "second", Map.of())) {
            second.awaitReady();
            var me = Api.as(second.base(), username, "survives-a-restart").get("api/v1/me");
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            assertThat(me.body()).contains("\"179\"");
        }
    }
}
