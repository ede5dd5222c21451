package fi.koto.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import fi.koto.it.PostgresTestDatabase;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL goes away for a few seconds while people are working: every connection of the application is cut and
 * no new one is accepted for five seconds, as in a database restart or fail-over. Requests in that window fail
 * cleanly (503 with Retry-After and a problem body, no stack trace, no server name), and afterwards the
 * application answers again by itself, reads and writes, without a restart. Runs in the PostgreSQL execution only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "koto.it.database", matches = "postgres")
class DatabaseOutageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDatabaseGoingAwayFailsRequestsCleanlyAndTheApplicationRecoversByItself() throws Exception {
        Api coordinator = Api.as(base, "coord.helsinki");
        assertThat(coordinator.get("api/v1/programmes?limit=5").status()).isEqualTo(200);

        List<Api.Response> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> load = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String path = i % 2 == 0 ? "api/v1/programmes?limit=20" : "api/v1/utilisation?year=2025";
            load.add(clients.submit(() -> {
                while (running.get()) {
                    answers.add(coordinator.get(path));
                }
                return null;
            }));
        }
        String db = PostgresTestDatabase.name();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> answers.size() >= 8);
            PostgresTestDatabase.execute("alter database " + db + " allow_connections false");
            PostgresTestDatabase.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + db
                    + "' and pid <> pg_backend_pid()");
            int before = answers.size();
            await().pollDelay(Duration.ofSeconds(5))
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> answers.size() > before);
        } finally {
            PostgresTestDatabase.execute("alter database " + db + " allow_connections true");
        }
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> coordinator.get("api/v1/programmes?limit=5").status() == 200);
        running.set(false);
        for (Future<?> f : load) {
            f.get();
        }
        clients.shutdown();

        List<Api.Response> failed =
                answers.stream().filter(a -> a.status() != 200).toList();
        System.out.printf(
                "Outage: %d answers, %d failed (%s)%n",
                answers.size(),
                failed.size(),
                failed.stream().map(Api.Response::status).distinct().toList());
        assertThat(failed).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(503);
            assertThat(a.header("Retry-After")).isEqualTo("5");
            assertThat(a.header("Content-Type")).as(a.toString()).startsWith("application/problem+json");
            assertThat(a.body()).as(a.toString()).doesNotContain("Exception", "\tat ", "Payara", "EclipseLink");
        });
        // it writes again, too
        var created = coordinator.post(
                "api/v1/programmes",
                "{\"municipalityCodes\":[\"091\"],\"legalBasis\":"
                        + "\"ACT_681_2023\",\"title\":\"After the outage (IT)\",\"periodStart\":\"2027-01-01\","
                        + "\"periodEnd\":\"2030-12-31\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(Api.as(base, "manager").get("api/v1/utilisation?year=2025").status())
                .isEqualTo(200);
    }
}
