package fi.koto.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.Browser;
import fi.koto.it.KotoCluster;
import fi.koto.platform.schedule.Housekeeping;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/**
 * The production run, black-box: two clustered instances of target/koto.jar behind nginx on a PostgreSQL database
 * of their own (fi.koto.it.KotoCluster). A scheduled job runs once in the cluster; what one instance writes the
 * other reads at once; and a person editing a programme keeps their login and their half-written text when the
 * instance serving them is killed (SIGKILL), and saves it through the other. Prints the start-up time of each
 * instance and the failover time a polling client saw.
 *
 * <p>Runs once per build, in the H2 failsafe execution (it makes its own database); {@code -Dkoto.it.cluster.skip=true}
 * or {@code -Dkoto.it.postgres.skip=true} skips it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfSystemProperty(named = "koto.it.database", matches = "h2")
@DisabledIfSystemProperty(named = "koto.it.cluster.skip", matches = "true")
@DisabledIfSystemProperty(named = "koto.it.postgres.skip", matches = "true")
class ClusterFailoverIT {

    private static final String TODAY_QUERY = "select count(*) from scheduled_run where job = ? and period = ?";

    private KotoCluster cluster;

    @BeforeAll
    void startCluster() {
        // Every instance fires the housekeeping every two seconds, so that the test sees them compete for it.
        cluster = KotoCluster.start(Map.of(Housekeeping.SCHEDULE_SETTING, "0/2 * *"));
        for (var instance : cluster.instances()) {
            System.out.printf(
                    "Cluster IT: %s ready in %.1f s (launch to /health/ready 200)%n",
                    instance.name(), instance.startup().toMillis() / 1000.0);
        }
        assertThat(cluster.instances().get(1).logText())
                .as("the second instance joined the first one's data grid")
                .contains("DG Size: 2");
    }

    @AfterAll
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void aScheduledJobRunsOnceInTheClusterThoughEveryInstanceFiresIt() throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
        await(
                () -> count(TODAY_QUERY, Housekeeping.JOB, today) == 1,
                Duration.ofSeconds(30),
                "the first housekeeping of the day");

        // Forget today's run while both instances keep firing: from their next (simultaneous) firing they race.
        int[] logLength =
                cluster.instances().stream().mapToInt(i -> i.logText().length()).toArray();
        try (var c = cluster.connect();
                var s = c.createStatement()) {
            s.executeUpdate("delete from scheduled_run where job = '" + Housekeeping.JOB + "'");
            s.executeUpdate("delete from audit_record where action = 'HOUSEKEEPING'");
        }
        await(
                () -> newLines(0, logLength[0]) >= 3 && newLines(1, logLength[1]) >= 3,
                Duration.ofSeconds(30),
                "three housekeeping firings on each instance");

        assertThat(count(TODAY_QUERY, Housekeeping.JOB, today))
                .as("claims of today's housekeeping")
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_record where action = ?", "HOUSEKEEPING"))
                .as("housekeeping runs recorded in the audit trail")
                .isEqualTo(1);
        String done = "Housekeeping " + today + ": done by";
        long runs = cluster.instances().stream()
                .mapToLong(i -> occurrences(
                        i.logText().substring(logLength[cluster.instances().indexOf(i)]), done))
                .sum();
        assertThat(runs).as("instances that did the run after the reset").isEqualTo(1);
    }

    @Test
    @Order(2)
    void whatOneInstanceWritesTheOtherReadsAtOnce() {
        var first = cluster.instances().get(0);
        var second = cluster.instances().get(1);

        var changed = Api.as(first.url(), "coord.vantaa").put("api/v1/me/language", "{\"language\":\"sv\"}");
        assertThat(changed.status()).as(changed.toString()).isBetween(200, 204);
        var me = Api.as(second.url(), "coord.vantaa").get("api/v1/me");
        assertThat(((JsonObject) me.json()).getString("language"))
                .as("read on the other instance")
                .isEqualTo("sv");

        var official = Api.as(first.url(), "official.uusimaa");
        var upload = official.send(official.request("api/v1/placements/imports")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("municipality_code,month,target_group,persons,under_7,"
                        + "self_settled\n091,2026-01,QUOTA_REFUGEE,3,1,false\n")));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        long id = ((JsonObject) upload.json()).getJsonNumber("id").longValue();
        var seen = Api.as(second.url(), "official.uusimaa").get("api/v1/placements/imports/" + id);
        assertThat(seen.status())
                .as("an import started on one instance, seen on the other: " + seen)
                .isEqualTo(200);
    }

    @Test
    @Order(2)
    void aReportAskedForOnOneInstanceIsDownloadedFromTheOther() throws Exception {
        var asked = Api.as(cluster.instances().get(0).url(), "manager")
                .post(
                        "api/v1/reports",
                        "{\"type\":\"PROGRAMME_STATUS\",\"year\":2026,\"format\":\"XLSX\",\"language\":\"fi\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        long id = ((JsonObject) asked.json()).getJsonNumber("id").longValue();

        var other = Api.as(cluster.instances().get(1).url(), "manager");
        await(
                () -> "COMPLETED"
                        .equals(((JsonObject) other.get("api/v1/reports/" + id).json()).getString("status")),
                Duration.ofMinutes(5),
                "the report, watched on the other instance");
        var file = other.sendForBytes(other.request("api/v1/reports/" + id + "/file")
                .setHeader("Accept", "*/*")
                .GET());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("an XLSX (a zip) from the other instance")
                .isEqualTo("PK");
    }

    @Test
    @Order(3)
    void aPersonKeepsTheirLoginAndTheirUnsavedTextWhenTheirInstanceIsKilled(TestInfo test) throws Exception {
        var created = Api.as(cluster.url(), "coord.helsinki").post("api/v1/programmes", """
                {"municipalityCodes":["091"],"legalBasis":"ACT_681_2023","title":"Failover","periodStart":"2026-01-01",
                 "periodEnd":"2029-12-31"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = ((JsonObject) created.json()).getJsonNumber("id").longValue();
        String text = "Kirjoitettu ennen kuin palvelin kaatui " + System.nanoTime();

        try (var browser = new Browser(cluster.url(), "fi")) {
            try {
                browser.logIn("coord.helsinki", "demo");
                browser.open("programmes/view.xhtml?id=" + id);
                browser.type(By.id("sectionsForm:sections:0:fi"), text); // typed, not saved: it lives in the page
                String cookies = browser.driver().manage().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue())
                        .collect(java.util.stream.Collectors.joining("; "));

                var probe = new FailoverProbe(cluster.url(), cookies);
                KotoCluster.Instance serving = cluster.instance(probe.servedBy());
                probe.start();
                TimeUnit.MILLISECONDS.sleep(500);
                long killedAt = System.nanoTime();
                serving.kill();
                String survivor = cluster.other(serving).name();
                probe.awaitServedBy(survivor, Duration.ofSeconds(60));

                browser.clickAndWaitForPage(By.id("sectionsForm:sections:0:save"));
                browser.waitUntil(
                        d -> d.findElement(By.id("messages")).getText().contains("Osio tallennettiin"));
                assertThat(browser.url()).as("still logged in").doesNotContain("login.xhtml");
                assertThat(browser.driver().findElements(By.id("logoutForm")))
                        .as("still logged in")
                        .hasSize(1);
                assertThat(browser.pageText()).contains("coord.helsinki");
                assertThat(probe.servedBy()).as("the session now lives on").isEqualTo(survivor);
                probe.stop();

                System.out.printf(
                        "Cluster IT: killed %s; a client polling every 100 ms saw %d failed requests over"
                                + " %.2f s; %s served it %.2f s after the kill (slowest answer %.2f s)%n",
                        serving.name(),
                        probe.failures(),
                        probe.failureSpan().toMillis() / 1000.0,
                        survivor,
                        probe.firstServedBy(survivor, killedAt).toMillis() / 1000.0,
                        probe.slowest().toMillis() / 1000.0);
            } catch (RuntimeException | AssertionError | InterruptedException e) {
                browser.saveFailure(test.getDisplayName().replaceAll("\\W+", "_"));
                throw e;
            }
        }
        var saved = Api.as(cluster.url(), "coord.helsinki").get("api/v1/programmes/" + id);
        assertThat(saved.body())
                .as("the text was saved through the surviving instance")
                .contains(text);
    }

    private long count(String sql, String... parameters) throws SQLException {
        try (var c = cluster.connect();
                var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (var rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long newLines(int instance, int from) {
        return occurrences(cluster.instances().get(instance).logText().substring(from), "Housekeeping ");
    }

    private static long occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1L;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check check, Duration within, String what) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!check.holds()) {
            assertThat(System.nanoTime())
                    .as("waited " + within + " for " + what)
                    .isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }
}
