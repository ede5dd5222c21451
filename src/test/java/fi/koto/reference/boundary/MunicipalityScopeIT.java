package fi.koto.reference.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each role sees exactly its scope through the API: the boundary a public authority tests first. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MunicipalityScopeIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    private List<JsonObject> municipalities(String user, String query) {
        var response = Api.as(base, user).get("api/v1/municipalities" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return ((JsonArray) response.json()).getValuesAs(JsonObject.class);
    }

    private static List<String> codes(List<JsonObject> rows) {
        return rows.stream().map(r -> r.getString("code")).toList();
    }

    @Test
    void aCoordinatorOf091SeesHelsinkiOnly() {
        List<JsonObject> rows = municipalities("coord.helsinki", "");
        assertThat(codes(rows)).containsExactly("091");
        JsonObject helsinki = rows.get(0);
        assertThat(helsinki.getString("nameFi")).isEqualTo("Helsinki");
        assertThat(helsinki.getString("nameSv")).isEqualTo("Helsingfors");
        assertThat(helsinki.getString("region")).isEqualTo("01");
        assertThat(helsinki.getJsonObject("authority").getString("code")).isEqualTo("EVK01");
        assertThat(municipalities("coord.helsinki", "?q=179")).isEmpty();
        assertThat(municipalities("coord.helsinki", "?q=Jyv")).isEmpty();
        assertThat(Api.as(base, "coord.helsinki").get("api/v1/municipalities").header("X-Total-Count"))
                .isEqualTo("1");
    }

    @Test
    void anOfficialSeesTheMunicipalitiesTheirAuthorityServesToday() {
        List<String> uusimaa = codes(municipalities("official.uusimaa", ""));
        assertThat(uusimaa).hasSize(26).contains("091", "092").doesNotContain("179");
        List<JsonObject> keskiSuomi = municipalities("official.keskisuomi", "");
        assertThat(codes(keskiSuomi)).hasSize(22).contains("179").doesNotContain("091", "092");
        assertThat(keskiSuomi)
                .allSatisfy(m -> assertThat(m.getJsonObject("authority").getString("code"))
                        .isEqualTo("EVK05"));
        assertThat(municipalities("official.keskisuomi", "?q=Helsinki")).isEmpty();
    }

    @Test
    void managersAndAdministratorsSeeTheWholeCountryIncludingAland() {
        List<JsonObject> all = municipalities("manager", "");
        assertThat(all).hasSize(308);
        JsonObject mariehamn = all.stream()
                .filter(m -> m.getString("code").equals("478"))
                .findFirst()
                .orElseThrow();
        assertThat(mariehamn.getBoolean("aland")).isTrue();
        assertThat(mariehamn.isNull("authority")).isTrue();
        assertThat(municipalities("admin", "?limit=5&offset=5&sort=code")).hasSize(5);
        JsonObject inari = municipalities("manager", "?q=an%C3%A1r").get(0);
        assertThat(inari.getString("code")).isEqualTo("148");
        assertThat(inari.getString("nameSe")).isEqualTo("Anár");
    }

    @Test
    void meDescribesEachRolesScope() {
        JsonObject coordinator =
                (JsonObject) Api.as(base, "coord.helsinki").get("api/v1/me").json();
        assertThat(coordinator.getString("username")).isEqualTo("coord.helsinki");
        assertThat(coordinator.getJsonArray("roles").getString(0)).isEqualTo("COORDINATOR");
        assertThat(coordinator.getJsonObject("scope").getString("type")).isEqualTo("MUNICIPALITIES");
        assertThat(coordinator
                        .getJsonObject("scope")
                        .getJsonArray("municipalities")
                        .getString(0))
                .isEqualTo("091");

        JsonObject official =
                (JsonObject) Api.as(base, "official.uusimaa").get("api/v1/me").json();
        assertThat(official.getJsonObject("scope").getString("type")).isEqualTo("AUTHORITY");
        assertThat(official.getJsonObject("scope").getJsonObject("authority").getString("code"))
                .isEqualTo("EVK01");

        JsonObject manager =
                (JsonObject) Api.as(base, "manager").get("api/v1/me").json();
        assertThat(manager.getJsonObject("scope").getString("type")).isEqualTo("ALL");
    }

    @Test
    void aCoordinatorBoundToTwoMunicipalitiesSeesBoth() {
        String username = "coord.two." + Long.toString(System.nanoTime(), 36);
        var created = Api.as(base, "admin").post("api/v1/users", """
                {"username":"%s","password":"a-long-enough-password","role":"COORDINATOR","displayName":"Two",
                 "municipalityCodes":["092","179"]}
                """.formatted(username));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var rows = ((JsonArray) Api.as(base, username, "a-long-enough-password")
                        .get("api/v1/municipalities?sort=code")
                        .json())
                .getValuesAs(JsonObject.class);
        assertThat(codes(rows)).containsExactly("092", "179");
    }

    @Test
    void anAdministratorRecordsANewServingAuthorityFromADateAndHistoryStays() {
        var admin = Api.as(base, "admin");
        var changed = admin.post(
                "api/v1/municipalities/020/service-areas", "{\"authorityCode\":\"EVK03\",\"from\":\"2030-01-01\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(201);
        List<JsonObject> history = ((JsonArray)
                        admin.get("api/v1/municipalities/020/service-areas").json())
                .getValuesAs(JsonObject.class);
        assertThat(history)
                .extracting(p -> p.getJsonObject("authority").getString("code"))
                .containsExactly("ELY05", "EVK04", "EVK03");
        assertThat(history.get(1).getString("validTo")).isEqualTo("2029-12-31");
        assertThat(history.get(2).isNull("validTo")).isTrue();
        // Today's scope is unchanged: the change starts in the future.
        JsonObject akaa = municipalities("manager", "?q=Akaa").get(0);
        assertThat(akaa.getJsonObject("authority").getString("code")).isEqualTo("EVK04");

        var again = admin.post(
                "api/v1/municipalities/020/service-areas", "{\"authorityCode\":\"EVK05\",\"from\":\"2030-01-01\"}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("2030-01-01");
        var ended = admin.post(
                "api/v1/municipalities/020/service-areas", "{\"authorityCode\":\"ELY01\",\"from\":\"2031-01-01\"}");
        assertThat(ended.status()).isEqualTo(422);
        assertThat(ended.body()).contains("ELY01 does not exist");
        assertThat(admin.post(
                                "api/v1/municipalities/478/service-areas",
                                "{\"authorityCode\":\"EVK02\",\"from\":\"2031-01-01\"}")
                        .status())
                .isEqualTo(422);
        assertThat(admin.post(
                                "api/v1/municipalities/020/service-areas",
                                "{\"authorityCode\":\"EVK05\",\"from\":\"soon\"}")
                        .status())
                .isEqualTo(422);

        assertThat(Api.as(base, "coord.helsinki")
                        .post(
                                "api/v1/municipalities/091/service-areas",
                                "{\"authorityCode\":\"EVK02\",\"from\":\"2031-01-01\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(base, "coord.helsinki")
                        .get("api/v1/municipalities/020/service-areas")
                        .status())
                .isEqualTo(404);
        assertThat(((JsonArray) Api.as(base, "official.uusimaa")
                        .get("api/v1/municipalities/091/service-areas")
                        .json()))
                .hasSize(2);
    }
}
