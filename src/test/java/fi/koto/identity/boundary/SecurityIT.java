package fi.koto.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import fi.koto.it.WebSession;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login through the form and through HTTP Basic, what a stranger sees, throttling and user administration. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return KotoDeployment.app();
    }

    @ArquillianResource
    URL base;

    @Test
    void formLoginOpensTheHomePageUnderANewSessionId() {
        var session = new WebSession(base);
        assertThat(session.get("index.xhtml").statusCode()).as("protected page before login").isEqualTo(302);
        session.get("login.xhtml");
        String before = session.sessionId();
        var login = session.login("coord.jyvaskyla", "demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/index.xhtml"));
        assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
        var home = session.get("index.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Jaana Koordinaattori").contains("Jyväskylä (179)").contains("lang=\"fi\"");
    }

    @Test
    void aWrongPasswordShowsOneMessageThatRevealsNothing() {
        var session = new WebSession(base);
        var wrongPassword = session.login("coord.vantaa", "not-the-password");
        var unknownUser = new WebSession(base).login("nobody.at.all", "not-the-password");
        assertThat(wrongPassword.statusCode()).isEqualTo(200);
        assertThat(wrongPassword.body()).contains("Käyttäjätunnus tai salasana on väärin");
        assertThat(unknownUser.body()).contains("Käyttäjätunnus tai salasana on väärin");
        assertThat(session.get("index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void theApiAnswers401ProblemJsonAndNeverAcceptsASessionCookieAlone() {
        var anonymous = Api.anonymous(base).get("api/v1/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(((JsonObject) anonymous.json()).getInt("status")).isEqualTo(401);

        assertThat(Api.as(base, "coord.helsinki", "wrong").get("api/v1/me").status()).isEqualTo(401);

        var session = new WebSession(base);
        session.login("manager", "demo");
        var withCookieOnly = Api.anonymous(base).send(Api.anonymous(base).request("api/v1/me")
                .header("Cookie", "JSESSIONID=" + session.sessionId()));
        assertThat(withCookieOnly.status()).isEqualTo(401);
    }

    @Test
    void unknownRoutesAnswer404InTheRightFormat() {
        var api = Api.as(base, "manager").get("api/v1/no-such-thing");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        var session = new WebSession(base);
        session.login("manager", "demo");
        var page = session.get("no-such-page.xhtml");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Sivua ei löydy").doesNotContain("Payara").doesNotContain("at fi.koto")
                .doesNotContain("at java.");
    }

    @Test
    void readinessIsUpWhileTheDatabaseAnswersAndHeadersProtectPages() {
        var ready = Api.anonymous(base).get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
        var login = new WebSession(base).get("login.xhtml");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                c -> assertThat(c).containsIgnoringCase("HttpOnly").containsOnlyOnce("SameSite=Lax"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneAndTheLockIsAudited() {
        String username = "lock.test." + Long.toString(System.nanoTime(), 36);
        var created = Api.as(base, "admin").post("api/v1/users", """
                {"username":"%s","password":"a-long-enough-password","role":"MANAGER","displayName":"Lock Test"}
                """.formatted(username));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(Api.as(base, username, "a-long-enough-password").get("api/v1/me").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(base, username, "wrong-" + i).get("api/v1/me").status()).isEqualTo(401);
        }
        assertThat(Api.as(base, username, "a-long-enough-password").get("api/v1/me").status()).isEqualTo(401);

        JsonArray audit = (JsonArray) Api.as(base, "admin").get("api/v1/audit?limit=200").json();
        assertThat(audit.getValuesAs(JsonObject.class)).anySatisfy(entry -> {
            assertThat(entry.getString("actor")).isEqualTo(username);
            assertThat(entry.getString("action")).isEqualTo("ACCOUNT_LOCKED");
        });

        long id = ((JsonObject) created.json()).getJsonNumber("id").longValue();
        assertThat(Api.as(base, "admin").post("api/v1/users/" + id + "/unlock", "").status()).isEqualTo(200);
        assertThat(Api.as(base, username, "a-long-enough-password").get("api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aDisabledAccountCannotLogInAndAStaleChangeIsRefused() {
        String username = "disable.test." + Long.toString(System.nanoTime(), 36);
        var created = (JsonObject) Api.as(base, "admin").post("api/v1/users", """
                {"username":"%s","password":"a-long-enough-password","role":"COORDINATOR","displayName":"D",
                 "municipalityCodes":["091"]}
                """.formatted(username)).json();
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        var admin = Api.as(base, "admin");
        var disabled = admin.put("api/v1/users/" + id + "/enabled", "{\"enabled\":false,\"version\":" + version + "}");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(Api.as(base, username, "a-long-enough-password").get("api/v1/me").status()).isEqualTo(401);
        var stale = admin.put("api/v1/users/" + id + "/enabled", "{\"enabled\":true,\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        long newVersion = ((JsonObject) disabled.json()).getJsonNumber("version").longValue();
        assertThat(admin.put("api/v1/users/" + id + "/enabled", "{\"enabled\":true,\"version\":" + newVersion + "}")
                .status()).isEqualTo(200);
        assertThat(Api.as(base, username, "a-long-enough-password").get("api/v1/me").status()).isEqualTo(200);
        assertThat(Api.as(base, "manager").put("api/v1/users/" + id + "/enabled", "{}").status()).isEqualTo(403);
    }

    @Test
    void onlyAdministratorsCreateUsersAndBadInputListsEveryProblem() {
        var forbidden = Api.as(base, "coord.helsinki").post("api/v1/users", "{}");
        assertThat(forbidden.status()).isEqualTo(403);
        var invalid = Api.as(base, "admin").post("api/v1/users", """
                {"username":"X","password":"short","role":"COORDINATOR","displayName":"","municipalityCodes":["999"]}
                """);
        assertThat(invalid.status()).isEqualTo(422);
        JsonObject problem = (JsonObject) invalid.json();
        assertThat(problem.getJsonArray("errors").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .anySatisfy(e -> assertThat(e).contains("username"))
                .anySatisfy(e -> assertThat(e).contains("at least 12"))
                .anySatisfy(e -> assertThat(e).contains("\"999\""));
        var duplicate = Api.as(base, "admin").post("api/v1/users", """
                {"username":"manager","password":"a-long-enough-password","role":"MANAGER","displayName":"M"}
                """);
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void theLanguageChoiceIsRememberedOnTheAccount() {
        var api = Api.as(base, "official.keskisuomi");
        var changed = api.put("api/v1/me/language", "{\"language\":\"sv\"}");
        assertThat(changed.status()).isEqualTo(200);
        var session = new WebSession(base);
        session.login("official.keskisuomi", "demo");
        assertThat(session.get("index.xhtml").body()).contains("lang=\"sv\"").contains("Välkommen");
        assertThat(api.put("api/v1/me/language", "{\"language\":\"de\"}").status()).isEqualTo(422);
        assertThat(api.put("api/v1/me/language", "{\"language\":\"fi\"}").status()).isEqualTo(200);
        assertThat(api.send(api.request("api/v1/me").DELETE()).status()).isEqualTo(405);
    }
}
