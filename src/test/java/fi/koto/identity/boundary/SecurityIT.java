package fi.koto.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.it.Api;
import fi.koto.it.KotoDeployment;
import fi.koto.it.WebSession;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        assertThat(session.get("index.xhtml").statusCode())
                .as("protected page before login")
                .isEqualTo(302);
        session.get("login.xhtml");
        String before = session.sessionId();
        var login = session.login("coord.jyvaskyla", "demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/index.xhtml"));
        assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
        var home = session.get("index.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("Jaana Koordinaattori")
                .contains("Jyväskylä (179)")
                .contains("lang=\"fi\"");
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

        assertThat(Api.as(base, "coord.helsinki", "wrong").get("api/v1/me").status())
                .isEqualTo(401);

        var session = new WebSession(base);
        session.login("manager", "demo");
        var withCookieOnly = Api.anonymous(base)
                .send(Api.anonymous(base).request("api/v1/me").header("Cookie", "JSESSIONID=" + session.sessionId()));
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
        assertThat(page.body())
                .contains("Sivua ei löydy")
                .doesNotContain("Payara")
                .doesNotContain("at fi.koto")
                .doesNotContain("at java.");
    }

    @Test
    void readinessIsUpWhileTheDatabaseAnswersAndHeadersProtectPages() {
        var ready = Api.anonymous(base).get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
        var login = new WebSession(base).get("login.xhtml");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(
                        c -> assertThat(c).containsIgnoringCase("HttpOnly").containsOnlyOnce("SameSite=Lax"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneAndTheLockIsAudited() {
        String username = "lock.test." + Long.toString(System.nanoTime(), 36);
        var created = Api.as(base, "admin").post("api/v1/users", """
                {"username":"%s","password":"a-long-enough-password","role":"MANAGER","displayName":"Lock Test"}
                """.formatted(username));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(Api.as(base, username, "a-long-enough-password")
                        .get("api/v1/me")
                        .status())
                .isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(base, username, "wrong-" + i).get("api/v1/me").status())
                    .isEqualTo(401);
        }
        assertThat(Api.as(base, username, "a-long-enough-password")
                        .get("api/v1/me")
                        .status())
                .isEqualTo(401);

        JsonArray audit =
                (JsonArray) Api.as(base, "admin").get("api/v1/audit?limit=200").json();
        assertThat(audit.getValuesAs(JsonObject.class)).anySatisfy(entry -> {
            assertThat(entry.getString("actor")).isEqualTo(username);
            assertThat(entry.getString("action")).isEqualTo("ACCOUNT_LOCKED");
        });

        long id = ((JsonObject) created.json()).getJsonNumber("id").longValue();
        assertThat(Api.as(base, "admin")
                        .post("api/v1/users/" + id + "/unlock", "")
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(base, username, "a-long-enough-password")
                        .get("api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDisabledAccountCannotLogInAndAStaleChangeIsRefused() {
        String username = "disable.test." + Long.toString(System.nanoTime(), 36);
        var created = (JsonObject) Api.as(base, "admin")
                .post("api/v1/users", """
                {"username":"%s","password":"a-long-enough-password","role":"COORDINATOR","displayName":"D",
                 "municipalityCodes":["091"]}
                """.formatted(username))
                .json();
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        var admin = Api.as(base, "admin");
        var disabled = admin.put("api/v1/users/" + id + "/enabled", "{\"enabled\":false,\"version\":" + version + "}");
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(Api.as(base, username, "a-long-enough-password")
                        .get("api/v1/me")
                        .status())
                .isEqualTo(401);
        var stale = admin.put("api/v1/users/" + id + "/enabled", "{\"enabled\":true,\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        long newVersion =
                ((JsonObject) disabled.json()).getJsonNumber("version").longValue();
        assertThat(admin.put("api/v1/users/" + id + "/enabled", "{\"enabled\":true,\"version\":" + newVersion + "}")
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(base, username, "a-long-enough-password")
                        .get("api/v1/me")
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(base, "manager")
                        .put("api/v1/users/" + id + "/enabled", "{}")
                        .status())
                .isEqualTo(403);
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
        assertThat(api.put("api/v1/me/language", "{\"language\":\"de\"}").status())
                .isEqualTo(422);
        assertThat(api.put("api/v1/me/language", "{\"language\":\"fi\"}").status())
                .isEqualTo(200);
        assertThat(api.send(api.request("api/v1/me").DELETE()).status()).isEqualTo(405);
    }

    // ---------------------------------------------------------------- CSRF

    @Test
    void aFormPostWithoutTheSessionsOwnViewStateChangesNothing() {
        var session = new WebSession(base);
        session.login("coord.jyvaskyla", "demo");
        var other = new WebSession(base);
        other.login("coord.jyvaskyla", "demo");
        String foreignViewState =
                WebSession.viewState(other.get("programmes/new.xhtml").body());

        String forged = "CSRF forged " + Long.toString(System.nanoTime(), 36);
        var withForeign = session.post("programmes/new.xhtml", newProgrammeForm(session, forged, foreignViewState));
        var withNone = session.post("programmes/new.xhtml", newProgrammeForm(session, forged, null));
        var withGarbage = session.post("programmes/new.xhtml", newProgrammeForm(session, forged, "-1:-2"));
        assertThat(List.of(withForeign, withNone, withGarbage))
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isNotIn(302, 303));
        assertThat(programmeTitles()).doesNotContain(forged);

        // The same form with the session's own view state works, so the refusals above were the token's.
        String genuine = "CSRF genuine " + Long.toString(System.nanoTime(), 36);
        var own = session.post(
                "programmes/new.xhtml",
                newProgrammeForm(
                        session,
                        genuine,
                        WebSession.viewState(session.get("programmes/new.xhtml").body())));
        assertThat(own.statusCode()).as(own.body()).isIn(200, 302, 303);
        assertThat(programmeTitles()).contains(genuine);
    }

    private static final Pattern CHECKBOX = Pattern.compile(
            "<input[^>]*name=\"programme:municipalities\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*"
                    + "name=\"programme:municipalities\"");

    private static Map<String, String> newProgrammeForm(WebSession session, String title, String viewState) {
        String page = session.get("programmes/new.xhtml").body();
        Matcher box = CHECKBOX.matcher(page);
        assertThat(box.find()).as(page).isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("programme", "programme");
        form.put("programme:title", title);
        form.put("programme:legalBasis_input", "ACT_681_2023");
        form.put("programme:municipalities", box.group(1) != null ? box.group(1) : box.group(2));
        form.put("programme:periodStart_input", "2026-01-01");
        form.put("programme:periodEnd_input", "2029-12-31");
        form.put("programme:create", "");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        return form;
    }

    private List<String> programmeTitles() {
        JsonArray all = (JsonArray) Api.as(base, "coord.jyvaskyla")
                .get("api/v1/programmes?limit=500")
                .json();
        return all.getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("title"))
                .toList();
    }

    @Test
    void theApiNeverChangesStateForASessionCookieAlone() {
        var session = new WebSession(base);
        session.login("coord.helsinki", "demo");
        Api anonymous = Api.anonymous(base);
        String cookie = "JSESSIONID=" + session.sessionId();
        var post = anonymous.send(anonymous
                .request("api/v1/programmes")
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"municipalityCodes":["091"],"legalBasis":"ACT_681_2023","title":"Cookie only",
                         "periodStart":"2026-01-01","periodEnd":"2029-12-31"}""")));
        var put = anonymous.send(anonymous
                .request("api/v1/me/language")
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"sv\"}")));
        var delete = anonymous.send(anonymous
                .request("api/v1/programmes/1/attachments/1")
                .header("Cookie", cookie)
                .DELETE());
        assertThat(List.of(post, put, delete)).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(401);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        });
        assertThat(((JsonObject) Api.as(base, "coord.helsinki").get("api/v1/me").json()).getString("language"))
                .isNotEqualTo("sv");
    }

    // ---------------------------------------------------------------- headers, cookies, errors

    private static final HttpClient RAW =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> raw(HttpRequest.Builder request) {
        try {
            return RAW.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return Api.anonymous(base).request(path).setHeader("Accept", "*/*");
    }

    @Test
    void pagesRestAndErrorsAllCarryTheSecurityHeaders() {
        var manager = new WebSession(base);
        manager.login("manager", "demo");
        var coordinator = new WebSession(base);
        coordinator.login("coord.helsinki", "demo");
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("login page", new WebSession(base).get("login.xhtml"));
        answers.put("redirect to login", new WebSession(base).get("index.xhtml"));
        answers.put("home page", manager.get("index.xhtml"));
        answers.put("page 404", manager.get("no-such-page.xhtml"));
        answers.put("page 403", coordinator.get("admin/users.xhtml"));
        answers.put("download 404", manager.get("files/programmes/0/attachments/0"));
        answers.put(
                "REST 200",
                Api.as(base, "manager")
                        .send(Api.as(base, "manager").request("api/v1/me"))
                        .raw());
        answers.put("REST 401", raw(request("api/v1/me")));
        answers.put(
                "REST 401 wrong password",
                Api.as(base, "manager", "wrong")
                        .send(Api.as(base, "manager", "wrong").request("api/v1/me"))
                        .raw());
        answers.put(
                "REST 403",
                Api.as(base, "coord.helsinki")
                        .send(Api.as(base, "coord.helsinki").request("api/v1/users"))
                        .raw());
        answers.put(
                "REST 404",
                Api.as(base, "manager")
                        .send(Api.as(base, "manager").request("api/v1/nothing"))
                        .raw());
        answers.put("health", raw(request("health/ready")));
        answers.forEach((what, answer) -> {
            var headers = answer.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("frame-ancestors 'none'")
                    .contains("default-src 'self'")
                    .contains("form-action 'self'")
                    .contains("object-src 'none'"));
            assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(what + " over plain HTTP")
                    .isEmpty();
            assertThat(headers.firstValue("Server")).as(what).isEmpty();
            assertThat(headers.firstValue("X-Powered-By")).as(what).isEmpty();
        });
    }

    @Test
    void hstsIsSentWhenTheProxySaysTheRequestCameOverTls() {
        for (String path : List.of("login.xhtml", "api/v1/me", "no-such-page.xhtml")) {
            var answer = raw(request(path).header("X-Forwarded-Proto", "https"));
            assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .hasValue("max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void theSessionCookieGivenAtLoginIsHttpOnlyAndSameSite() {
        var session = new WebSession(base);
        session.get("login.xhtml");
        var login = session.login("coord.helsinki", "demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsOnlyOnce("SameSite=Lax"));
    }

    @Test
    void theLoginFormIsThrottledLikeTheApi() {
        String username = "form.lock." + Long.toString(System.nanoTime(), 36);
        var created = Api.as(base, "admin").post("api/v1/users", """
                {"username":"%s","password":"a-long-enough-password","role":"MANAGER","displayName":"Form Lock"}
                """.formatted(username));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            var wrong = new WebSession(base).login(username, "wrong-" + i);
            assertThat(wrong.statusCode()).isEqualTo(200);
            assertThat(wrong.body()).contains("Käyttäjätunnus tai salasana on väärin");
        }
        var locked = new WebSession(base);
        var right = locked.login(username, "a-long-enough-password");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("Käyttäjätunnus tai salasana on väärin");
        assertThat(locked.get("index.xhtml").statusCode()).isEqualTo(302);
        long id = ((JsonObject) created.json()).getJsonNumber("id").longValue();
        assertThat(Api.as(base, "admin")
                        .post("api/v1/users/" + id + "/unlock", "")
                        .status())
                .isEqualTo(200);
        assertThat(new WebSession(base)
                        .login(username, "a-long-enough-password")
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void noErrorShowsAStackTraceOrTheServer() {
        Api manager = Api.as(base, "manager");
        var session = new WebSession(base);
        session.login("manager", "demo");
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("REST 404", new Object[] {
            404, manager.send(manager.request("api/v1/programmes/999999999")).raw()
        });
        cases.put("REST 405", new Object[] {
            405, manager.send(manager.request("api/v1/me").DELETE()).raw()
        });
        cases.put("REST 415", new Object[] {
            415,
            manager.send(manager.request("api/v1/me/language")
                            .header("Content-Type", "text/plain")
                            .PUT(HttpRequest.BodyPublishers.ofString("sv")))
                    .raw()
        });
        cases.put("REST malformed JSON", new Object[] {
            400,
            manager.send(manager.request("api/v1/me/language")
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"lang")))
                    .raw()
        });
        cases.put("REST JSON of the wrong type", new Object[] {
            400,
            Api.as(base, "admin")
                    .send(Api.as(base, "admin")
                            .request("api/v1/users/1/enabled")
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":true,\"version\":\"abc\"}")))
                    .raw()
        });
        cases.put("REST path parameter not a number", new Object[] {
            404, manager.send(manager.request("api/v1/programmes/abc")).raw()
        });
        cases.put("page 404", new Object[] {404, session.get("no-such-page.xhtml")});
        cases.put("download 405", new Object[] {405, session.post("files/programmes/0/attachments/0", Map.of())});
        // Faces refuses a method it does not know with a bare 400 before any page is involved.
        cases.put(
                "page with an unknown method",
                new Object[] {400, raw(request("login.xhtml").method("PATCH", HttpRequest.BodyPublishers.noBody()))});
        cases.put("page with a broken parameter", new Object[] {404, session.get("programmes/view.xhtml?id=abc")});
        cases.put(
                "another page with a broken parameter",
                new Object[] {404, session.get("agreements/view.xhtml?id=x&year=y")});
        cases.put("download not found", new Object[] {404, session.get("files/nothing")});
        cases.forEach((what, c) -> {
            @SuppressWarnings("unchecked")
            var answer = (HttpResponse<String>) c[1];
            assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo((int) c[0]);
            assertThat(answer.headers().firstValue("Server")).as(what).isEmpty();
            assertThat(answer.headers().firstValue("X-Powered-By")).as(what).isEmpty();
            assertThat(answer.body())
                    .as(what)
                    .doesNotContain("at fi.koto")
                    .doesNotContain("at java.")
                    .doesNotContain("at org.")
                    .doesNotContain("Exception:")
                    .doesNotContain("Caused by")
                    .doesNotContainIgnoringCase("payara")
                    .doesNotContainIgnoringCase("glassfish")
                    .doesNotContainIgnoringCase("grizzly")
                    .doesNotContainIgnoringCase("jersey")
                    .doesNotContain("Mojarra");
        });
    }
}
