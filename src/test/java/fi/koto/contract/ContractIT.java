package fi.koto.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import fi.koto.it.WebSession;
import fi.koto.platform.web.SecurityHeaders;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Koto serves at /openapi is the maintained contract (META-INF/openapi.yaml, the scan switched off), and the
 * API reference page is served to signed-in people under the strict Content-Security-Policy. The exchanges of
 * this and every other IT through {@link Api} are validated against the document ({@code fi.koto.it.Contract}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContractIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void openapiServesTheDocumentWithoutALogin() {
        var answer = Api.anonymous(base).send(Api.anonymous(base).request("openapi?format=JSON"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var document = (JsonObject) answer.json();
        assertThat(document.getString("openapi")).startsWith("3.0");
        var info = document.getJsonObject("info");
        assertThat(info.getString("title")).isEqualTo("Koto API");
        assertThat(info.getString("version")).isEqualTo("1.0.0");
        assertThat(info.getString("description")).contains("/api/v1");
        var schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertThat(schemes.getJsonObject("basicAuth").getString("scheme")).isEqualTo("basic");
        assertThat(schemes.getJsonObject("bearerAuth").getString("scheme")).isEqualTo("bearer");
        var paths = document.getJsonObject("paths");
        assertThat(paths.keySet()).hasSizeGreaterThan(80).contains("/api/v1/me", "/api/v1/programmes/{id}");
        assertThat(paths.getJsonObject("/api/v1/me").getJsonObject("get").getString("summary"))
                .isNotBlank();
        assertThat(paths.toString()).doesNotContain("Deployed Resources");
        assertThat(document.getJsonObject("components").getJsonObject("schemas").keySet())
                .contains("Problem");
    }

    @Test
    void theApiPageIsServedToSignedInPeopleUnderTheStrictPolicy() {
        var stranger = new WebSession(base).get("api-docs/index.html");
        assertThat(stranger.statusCode()).as("before login").isEqualTo(302);

        var session = new WebSession(base);
        session.get("login.xhtml");
        session.login("manager", "demo");
        var page = session.get("api-docs/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(page.body())
                .contains("<script src=\"api-docs.js\" defer></script>")
                .contains("href=\"api-docs.css\"")
                .doesNotContain("http://")
                .doesNotContain("https://")
                .doesNotContain("<style")
                .doesNotContain("onclick");
        assertThat(page.body().replace("<script src=\"api-docs.js\" defer></script>", ""))
                .as("no inline script")
                .doesNotContain("<script");
        var script = session.get("api-docs/api-docs.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(script.body())
                .contains("../openapi")
                .doesNotContain("http://")
                .doesNotContain("https://");
        assertThat(session.get("api-docs/api-docs.css").statusCode()).isEqualTo(200);
    }

    @Test
    void aRealExchangeIsValidatedAgainstTheDocument() {
        var me = Api.as(base, "manager").get("api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        var refused = Api.anonymous(base).get("api/v1/programmes/1");
        assertThat(refused.status()).isEqualTo(401);
        var missing = Api.as(base, "manager").get("api/v1/programmes/999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }
}
