package fi.koto.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import fi.koto.it.Api;
import fi.koto.it.KotoJar;
import fi.koto.it.PostgresTestDatabase;
import fi.koto.it.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Single sign-on against a real OpenID Connect provider (mock-oauth2-server, in this JVM on a loopback port, with
 * its interactive login page), and the server's log (docs/operations.md, "Logs"). One {@code target/koto.jar} of
 * its own with the single sign-on settings and {@code KOTO_PASSWORD_LOGIN=false}: the shared test server has no
 * provider. Accounts are created by the demo administrator through a bearer token with its e-mail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnIT {

    private static final String IDP = "koto-idp";
    private static final String CLIENT_SECRET = "client-secret-never-logged";
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String PERSON_EMAIL = "kirsi." + RUN + "@koto.example";
    private static final String PERSON = "kirsi." + RUN;
    private static final String SERVICE_SUBJECT = "integration-" + RUN;
    private static final String SERVICE = "svc." + RUN;
    private static final Path LOG = Path.of("target", "uberjar-sso.log");

    private static MockOAuth2Server provider;
    private static KotoJar koto;
    private static String issuer;

    @BeforeAll
    static void start() throws Exception {
        provider = new MockOAuth2Server(new OAuth2Config(true, null, null, false));
        provider.start(java.net.InetAddress.getLoopbackAddress(), KotoJar.freePort());
        issuer = provider.issuerUrl(IDP).toString();
        // the provider's first answer (key generation, class loading) can take seconds on a loaded machine
        java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        provider.wellKnownUrl(IDP).uri())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Map<String, String> env = new HashMap<>();
        if (!PostgresTestDatabase.active()) {
            env.put(
                    "KOTO_DATA_DIR",
                    Path.of("target", "it-data", "sso-" + RUN).toAbsolutePath().toString());
        }
        env.put("KOTO_OIDC_ISSUER", issuer);
        env.put("KOTO_OIDC_CLIENT_ID", "koto");
        env.put("KOTO_OIDC_CLIENT_SECRET", CLIENT_SECRET);
        env.put("KOTO_PASSWORD_LOGIN", "false");
        Files.deleteIfExists(LOG);
        koto = KotoJar.start(KotoJar.freePort(), "sso", env).awaitReady();

        // Uurainen: no other test mails its coordinators (on PostgreSQL this server shares the execution's database,
        // and a Helsinki coordinator here would receive NotificationMailIT's mails).
        var created = bearer(token("admin-" + RUN, Map.of("email", "admin@demo.koto.invalid"), 600))
                .post("api/v1/users", """
                        {"username":"%s","password":"unused-password-1","role":"COORDINATOR","displayName":"Kirsi",
                         "email":"%s","municipalityCodes":["892"]}
                        """.formatted(PERSON, PERSON_EMAIL));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var service = bearer(token("admin-" + RUN, Map.of("email", "admin@demo.koto.invalid"), 600))
                .post("api/v1/users", """
                        {"username":"%s","password":"unused-password-1","role":"MANAGER","displayName":"Integration",
                         "ssoSubject":"%s"}
                        """.formatted(SERVICE, SERVICE_SUBJECT));
        assertThat(service.status()).as(service.toString()).isEqualTo(201);
        assertThat(service.body()).contains("\"ssoSubject\":\"" + SERVICE_SUBJECT + "\"");
    }

    @AfterAll
    static void stop() throws Exception {
        if (koto != null) {
            koto.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    @Order(1)
    void aPersonSignsInAtTheProviderAndLandsInKotoThenLogsOutOfBoth() {
        var browser = new WebSession(koto.base());
        String loginPage = browser.get("login.xhtml").body();
        assertThat(loginPage).contains("id=\"sso\"").doesNotContain("login:password");

        var atProvider = signInAtProvider(browser, "kirsi-sub-" + RUN, "{\"email\":\"" + PERSON_EMAIL + "\"}");
        assertThat(atProvider.statusCode()).isEqualTo(302);
        String callback = location(atProvider);
        assertThat(callback).contains("/oidc/callback?code=");
        var landed = browser.get(callback);
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(302);
        assertThat(location(landed)).endsWith("/index.xhtml");
        var home = browser.get("index.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<span>" + PERSON + "</span>");

        String logoutButton = button(home.body(), "logoutForm");
        var loggedOut = browser.post(
                "index.xhtml",
                Map.of(
                        "logoutForm",
                        "logoutForm",
                        logoutButton,
                        "x",
                        "jakarta.faces.ViewState",
                        WebSession.viewState(home.body())));
        assertThat(loggedOut.statusCode()).as(loggedOut.body()).isEqualTo(302);
        String endSession = location(loggedOut);
        assertThat(endSession)
                .as("the provider's session ends too")
                .startsWith(provider.endSessionEndpointUrl(IDP).toString())
                .contains("id_token_hint=")
                .contains("post_logout_redirect_uri=");
        var back = browser.get(endSession);
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(location(back)).endsWith("/login.xhtml");
        assertThat(browser.get("index.xhtml").statusCode())
                .as("Koto's session has ended")
                .isEqualTo(302);
    }

    @Test
    @Order(2)
    void aPersonWithoutAnAccountIsRefusedWithAClearPage() {
        var browser = new WebSession(koto.base());
        browser.get("login.xhtml");
        String stranger = "stranger." + RUN + "@koto.example";
        var atProvider = signInAtProvider(browser, "stranger-" + RUN, "{\"email\":\"" + stranger + "\"}");
        var refused = browser.get(location(atProvider));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location(refused)).endsWith("/sso-refused.xhtml");
        var page = browser.get(location(refused)); // no Accept-Language: Finnish
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Kotossa ei ole tälle tunnisteelle käyttäjätiliä")
                .contains(stranger);
        assertThat(browser.get("index.xhtml").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    @Order(3)
    void theApiTakesTheProvidersAccessTokens() {
        var me = bearer(token(SERVICE_SUBJECT, Map.of(), 600)).get("api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.body()).contains(SERVICE);
        assertThat(me.header("X-Request-Id")).matches("[0-9a-z]{16}");
    }

    @Test
    @Order(4)
    void expiredWronglySignedForeignAndUnmatchedTokensAreRefused() throws Exception {
        var expired = bearer(token(SERVICE_SUBJECT, Map.of(), -600)).get("api/v1/me");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body()).contains("expired");
        assertThat(expired.header("WWW-Authenticate")).contains("invalid_token");

        var genuine = SignedJWT.parse(token(SERVICE_SUBJECT, Map.of(), 600));
        var forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(genuine.getHeader().getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));
        var wronglySigned = bearer(forged.serialize()).get("api/v1/me");
        assertThat(wronglySigned.status()).isEqualTo(401);
        assertThat(wronglySigned.body()).contains("signature");

        var otherAudience = bearer(provider.issueToken(
                                IDP,
                                "other",
                                new DefaultOAuth2TokenCallback(
                                        IDP, SERVICE_SUBJECT, "JWT", List.of("another-app"), Map.of(), 600))
                        .serialize())
                .get("api/v1/me");
        assertThat(otherAudience.status()).isEqualTo(401);

        var unmatched = bearer(token("nobody-" + RUN, Map.of(), 600)).get("api/v1/me");
        assertThat(unmatched.status()).isEqualTo(401);
        assertThat(unmatched.body()).contains("no enabled Koto account");
    }

    @Test
    @Order(5)
    void passwordsAreRefusedWhenSwitchedOff() {
        var basic = Api.as(koto.base(), "admin").get("api/v1/me");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.body()).contains("Password login is switched off");
    }

    @Test
    @Order(6)
    void theLogIsPlainWithRequestIdsAndAccessLinesWithoutSecrets() throws Exception {
        var me = bearer(token(SERVICE_SUBJECT, Map.of(), 600)).get("api/v1/me?password=hunter2&page=1");
        String requestId = me.header("X-Request-Id");
        Api.as(koto.base(), "admin", "hunter2-in-basic").get("api/v1/me");
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).as("no terminal colour codes").doesNotContain("\u001B");
        assertThat(log)
                .as("the start warnings that say nothing actionable")
                .doesNotContain("NCLS-SECURITY-05054")
                .doesNotContain("failed to unregister it");
        assertThat(log)
                .contains("[fi.koto.access-log] [req=" + requestId + "] access user=" + SERVICE
                        + " method=GET path=/api/v1/me?password=***&page=1 status=200 duration_ms=");
        assertThat(log)
                .containsPattern("access user=- method=GET path=/oidc/callback\\?code=\\*\\*\\*&state=\\*\\*\\* "
                        + "status=302");
        assertThat(log).contains("access user=- method=GET path=/api/v1/me status=401");
        assertThat(log)
                .as("never a password, a token or the client secret")
                .doesNotContain("hunter2")
                .doesNotContain(CLIENT_SECRET)
                .doesNotContain("eyJ");
    }

    private static HttpResponse<String> signInAtProvider(WebSession browser, String subject, String claims) {
        var start = browser.get("oidc/login");
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = location(start);
        assertThat(authorize).startsWith(issuer).contains("code_challenge=").contains("nonce=");
        var loginPage = browser.get(authorize);
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.body()).contains("name=\"username\"");
        return browser.post(authorize, Map.of("username", subject, "claims", claims));
    }

    private static String button(String page, String form) {
        Matcher m = Pattern.compile(
                        "<form id=\"" + form + "\".*?<input[^>]*type=\"submit\"[^>]*name=\"([^\"]+)\"", Pattern.DOTALL)
                .matcher(page);
        if (!m.find()) {
            m = Pattern.compile(
                            "<form id=\"" + form + "\".*?name=\"(" + form + ":[^\"]+)\"[^>]*type=\"submit\"",
                            Pattern.DOTALL)
                    .matcher(page);
            assertThat(m.find()).as("a submit button in " + form).isTrue();
        }
        return m.group(1);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String token(String subject, Map<String, Object> claims, long expirySeconds) {
        return provider.issueToken(
                        IDP,
                        "koto",
                        new DefaultOAuth2TokenCallback(IDP, subject, "JWT", List.of("koto"), claims, expirySeconds))
                .serialize();
    }

    private static Bearer bearer(String token) {
        return new Bearer(Api.anonymous(koto.base()), token);
    }

    /** The API with {@code Authorization: Bearer}. */
    private record Bearer(Api api, String token) {
        Api.Response get(String path) {
            return api.send(
                    api.request(path).header("Authorization", "Bearer " + token).GET());
        }

        Api.Response post(String path, String json) {
            return api.send(api.request(path)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
        }
    }
}
