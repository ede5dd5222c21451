package fi.koto.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.Browser;
import fi.koto.it.KotoDeployment;
import fi.koto.it.WebSession;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The home page dashboards through {@code GET /api/v1/dashboard} (the figures the page draws), black-box: each
 * role gets its charts, and the figures stay within the caller's scope. Places per year are compared with the
 * scoped utilisation API, so the test holds whatever other tests wrote into the shared database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardIT {

    private static final int THIS_YEAR =
            LocalDate.now(ZoneId.of("Europe/Helsinki")).getYear();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private JsonObject dashboard(String user) {
        var answer = Api.as(base, user).get("api/v1/dashboard?language=en");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return (JsonObject) answer.json();
    }

    private static JsonObject chart(JsonObject dashboard, String id) {
        return dashboard.getJsonArray("charts").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + id + " in " + dashboard));
    }

    private static List<String> chartIds(JsonObject dashboard) {
        return dashboard.getJsonArray("charts").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("id"))
                .toList();
    }

    private static List<String> codes(JsonObject dashboard) {
        return dashboard.getJsonArray("municipalityCodes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static long value(JsonObject bar, int series) {
        return ((JsonNumber) bar.getJsonArray("values").get(series)).longValue();
    }

    /** Places agreed and assigned in a year over every municipality the user sees, from the utilisation API. */
    private long[] utilisation(String user, int year) {
        var answer = Api.as(base, user).get("api/v1/utilisation?year=" + year);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        long[] sums = new long[2];
        for (JsonObject row : ((JsonArray) answer.json()).getValuesAs(JsonObject.class)) {
            sums[0] += row.getJsonObject("agreed").getInt("total");
            sums[1] += row.getJsonObject("realised").getInt("total");
        }
        return sums;
    }

    private void assertPlacesPerYearMatchTheUtilisationOf(String user, JsonObject dashboard) {
        List<JsonObject> bars =
                chart(dashboard, "placesByYear").getJsonArray("bars").getValuesAs(JsonObject.class);
        assertThat(bars)
                .extracting(b -> b.getString("key"))
                .containsExactly(
                        String.valueOf(THIS_YEAR - 3),
                        String.valueOf(THIS_YEAR - 2),
                        String.valueOf(THIS_YEAR - 1),
                        String.valueOf(THIS_YEAR),
                        String.valueOf(THIS_YEAR + 1));
        for (JsonObject bar : bars) {
            long[] expected = utilisation(user, Integer.parseInt(bar.getString("key")));
            assertThat(new long[] {value(bar, 0), value(bar, 1)})
                    .as(user + " " + bar)
                    .containsExactly(expected);
        }
    }

    @Test
    void aCoordinatorSeesOnlyTheFiguresOfTheirOwnMunicipality() {
        JsonObject helsinki = dashboard("coord.helsinki");
        assertThat(helsinki.getString("role")).isEqualTo("COORDINATOR");
        assertThat(codes(helsinki)).containsExactly("091");
        assertThat(chartIds(helsinki)).containsExactly("placesByYear", "programmeStates");
        assertPlacesPerYearMatchTheUtilisationOf("coord.helsinki", helsinki);
        long helsinkiAgreed =
                value(chart(helsinki, "placesByYear").getJsonArray("bars").getJsonObject(3), 0);
        assertThat(helsinkiAgreed)
                .as("Helsinki has places agreed this year in the demo data")
                .isPositive();

        JsonObject programmeStates = chart(helsinki, "programmeStates");
        long programmes = programmeStates.getJsonArray("bars").getValuesAs(JsonObject.class).stream()
                .mapToLong(b -> value(b, 0))
                .sum();
        var listed = Api.as(base, "coord.helsinki").get("api/v1/programmes?limit=200");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(programmes).isEqualTo(((JsonArray) listed.json()).size());

        JsonObject vantaa = dashboard("coord.vantaa");
        assertThat(codes(vantaa)).containsExactly("092");
        assertPlacesPerYearMatchTheUtilisationOf("coord.vantaa", vantaa);
    }

    @Test
    void anOfficialSeesTheirAuthoritysReviewWorkAndPlacesOnly() {
        JsonObject keskisuomi = dashboard("official.keskisuomi");
        assertThat(keskisuomi.getString("role")).isEqualTo("OFFICIAL");
        assertThat(codes(keskisuomi)).contains("179").doesNotContain("091", "092");
        assertThat(chartIds(keskisuomi)).containsExactly("reviewWork", "placesByYear");
        assertThat(chart(keskisuomi, "reviewWork").getJsonArray("bars").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("key"))
                .containsExactly("SUBMITTED", "IN_REVIEW", "OVERDUE");
        assertPlacesPerYearMatchTheUtilisationOf("official.keskisuomi", keskisuomi);

        JsonObject uusimaa = dashboard("official.uusimaa");
        assertThat(codes(uusimaa)).contains("091", "092").doesNotContain("179");
        long open = Api.as(base, "official.uusimaa")
                        .get("api/v1/programmes?status=SUBMITTED&limit=200")
                        .json()
                        .asJsonArray()
                        .size()
                + Api.as(base, "official.uusimaa")
                        .get("api/v1/programmes?status=IN_REVIEW&limit=200")
                        .json()
                        .asJsonArray()
                        .size();
        List<JsonObject> work =
                chart(uusimaa, "reviewWork").getJsonArray("bars").getValuesAs(JsonObject.class);
        assertThat(value(work.get(0), 0) + value(work.get(1), 0)).isEqualTo(open);
        assertThat(value(work.get(2), 0)).isBetween(0L, open);
    }

    @Test
    void aManagerSeesEveryAuthorityAndAnAdministratorNoCharts() {
        JsonObject manager = dashboard("manager");
        assertThat(manager.getString("role")).isEqualTo("MANAGER");
        assertThat(chartIds(manager)).containsExactly("utilisationByAuthority", "reviewsByAuthority");
        List<JsonObject> authorities =
                chart(manager, "utilisationByAuthority").getJsonArray("bars").getValuesAs(JsonObject.class);
        assertThat(authorities.size()).isGreaterThanOrEqualTo(2);
        long agreed = authorities.stream().mapToLong(b -> value(b, 0)).sum();
        assertThat(agreed).isEqualTo(utilisation("manager", THIS_YEAR)[0]);
        assertThat(codes(manager)).contains("091", "092", "179");

        assertThat(dashboard("admin").getJsonArray("charts")).isEmpty();
        assertThat(Api.as(base, "coord.helsinki")
                        .get("api/v1/dashboard?language=de")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void theHomePageDrawsTheChartsWithATableOfTheirFigures() {
        var web = new WebSession(base);
        assertThat(web.login("coord.helsinki", "demo").statusCode()).isEqualTo(302);
        var page = web.get("index.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"dashboardHeading\"")
                .contains("id=\"figures-placesByYear\"")
                .contains("id=\"figures-programmeStates\"")
                .contains("role=\"img\"")
                .contains("<caption>");
    }

    /** In a real browser Chart.js draws every chart of the page (a script error would leave the canvas blank). */
    @Test
    void theBrowserDrawsEveryChart() {
        try (var browser = new Browser(base, "en")) {
            browser.logIn("coord.helsinki", "demo");
            Long drawn = browser.waitUntil(d -> {
                Object count = ((JavascriptExecutor) d)
                        .executeScript("var canvases = document.querySelectorAll("
                                + "'#dashboard canvas'); if (!window.Chart || canvases.length === 0) { return null; }"
                                + " for (var i = 0; i < canvases.length; i++) { if (!Chart.getChart(canvases[i])) {"
                                + " return null; } } return canvases.length;");
                return (Long) count;
            });
            assertThat(drawn).isEqualTo(2L);
            assertThat(browser.find(By.id("figures-placesByYear")).getText()).contains(String.valueOf(THIS_YEAR));
            browser.screenshot("dashboard-coordinator");
        }
    }
}
