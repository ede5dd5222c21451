package fi.koto.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The provider side of single sign-on without Koto's server: discovery, the authorization request, the provider's
 * login form, the code exchange with PKCE and the client secret, ID token and access token validation against a
 * real provider (mock-oauth2-server on a loopback port in this JVM). SingleSignOnIT does the same through Koto.
 */
class OidcProviderTest {

    private static final String REDIRECT = "http://127.0.0.1:1/oidc/callback";
    private static MockOAuth2Server server;
    private static OidcProvider provider;

    @BeforeAll
    static void start() throws Exception {
        server = new MockOAuth2Server(new OAuth2Config(true, null, null, false));
        server.start(InetAddress.getLoopbackAddress(), 0);
        warmUp(server);
        provider = new OidcProvider(SsoSettings.from(Map.of(
                "KOTO_OIDC_ISSUER", server.issuerUrl("idp").toString(),
                "KOTO_OIDC_CLIENT_ID", "koto",
                "KOTO_OIDC_CLIENT_SECRET", "secret")));
    }

    /** The provider's first answer (key generation, class loading) can take seconds on a loaded machine. */
    static void warmUp(MockOAuth2Server server) throws Exception {
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.wellKnownUrl("idp").uri()).build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @AfterAll
    static void stop() {
        server.shutdown();
    }

    @Test
    void theCodeFlowGivesAValidatedIdToken() throws Exception {
        String verifier = "verifier-0123456789-0123456789-0123456789-abc";
        String authorize = provider.authorizationUrl(REDIRECT, "the-state", "the-nonce", SsoFlow.challenge(verifier));
        assertThat(authorize).contains("code_challenge_method=S256").contains("scope=openid+email+profile");
        var http = HttpClient.newHttpClient();
        var login = http.send(
                HttpRequest.newBuilder(URI.create(authorize))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=person-1&claims="
                                + URLEncoder.encode("{\"email\":\"p@koto.example\"}", StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        String callback = login.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(REDIRECT).contains("state=the-state");
        String code = URLDecoder.decode(callback.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);

        var signIn = provider.exchange(code, REDIRECT, verifier, "the-nonce");
        assertThat(signIn.claims().getSubject()).isEqualTo("person-1");
        assertThat(signIn.claims().getStringClaim("email")).isEqualTo("p@koto.example");
        assertThat(provider.endSessionUrl(signIn.idToken(), "http://127.0.0.1:1/login.xhtml"))
                .startsWith(server.endSessionEndpointUrl("idp").toString())
                .contains("id_token_hint=");
    }

    @Test
    void aWrongNonceIsRefused() throws Exception {
        String verifier = "verifier-0123456789-0123456789-0123456789-xyz";
        String authorize = provider.authorizationUrl(REDIRECT, "s", "sent-nonce", SsoFlow.challenge(verifier));
        var login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(authorize))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("username=p2&claims="))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String callback = login.headers().firstValue("Location").orElseThrow();
        String code = URLDecoder.decode(callback.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> provider.exchange(code, REDIRECT, verifier, "another-nonce"))
                .isInstanceOf(TokenValidator.InvalidToken.class)
                .hasMessageContaining("nonce");
    }

    @Test
    void accessTokensAreValidatedAgainstTheProvidersKeys() throws Exception {
        String valid = server.issueToken(
                        "idp",
                        "koto",
                        new DefaultOAuth2TokenCallback("idp", "svc", "JWT", List.of("koto"), Map.of(), 60))
                .serialize();
        assertThat(provider.validateAccessToken(valid).getSubject()).isEqualTo("svc");
        String expired = server.issueToken(
                        "idp",
                        "koto",
                        new DefaultOAuth2TokenCallback("idp", "svc", "JWT", List.of("koto"), Map.of(), -600))
                .serialize();
        assertThatThrownBy(() -> provider.validateAccessToken(expired))
                .isInstanceOfSatisfying(TokenValidator.InvalidToken.class, e -> assertThat(e.expired())
                        .isTrue());
        String otherIssuer = server.issueToken(
                        "other-idp",
                        "koto",
                        new DefaultOAuth2TokenCallback("other-idp", "svc", "JWT", List.of("koto"), Map.of(), 60))
                .serialize();
        assertThatThrownBy(() -> provider.validateAccessToken(otherIssuer))
                .isInstanceOf(TokenValidator.InvalidToken.class);
    }
}
