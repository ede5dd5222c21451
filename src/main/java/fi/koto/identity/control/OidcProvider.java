package fi.koto.identity.control;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OpenID Connect provider as Koto uses it: its discovery document (read once, at the first sign-in or token),
 * the authorization code flow with PKCE, and local validation of ID tokens and API bearer tokens against its
 * cached JWKS ({@link TokenValidator}). Settings: {@link SsoSettings}.
 */
@ApplicationScoped
public class OidcProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SsoSettings settings;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Metadata metadata;

    public OidcProvider() {
        this(SsoSettings.fromEnvironment());
    }

    OidcProvider(SsoSettings settings) {
        this.settings = settings;
    }

    /** The endpoints of the discovery document that Koto uses. */
    record Metadata(
            String authorizationEndpoint,
            String tokenEndpoint,
            String endSessionEndpoint,
            TokenValidator idTokens,
            TokenValidator accessTokens) {}

    public SsoSettings settings() {
        return settings;
    }

    /** The address to send the browser to for sign-in. */
    public String authorizationUrl(String redirectUri, String state, String nonce, String codeChallenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", settings.scope());
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", codeChallenge);
        query.put("code_challenge_method", "S256");
        return withQuery(metadata().authorizationEndpoint(), query);
    }

    /**
     * Exchanges the authorization code for tokens at the token endpoint and returns the validated ID token's claims
     * and the raw ID token (kept for the logout's {@code id_token_hint}).
     */
    public SignIn exchange(String code, String redirectUri, String codeVerifier, String nonce)
            throws TokenValidator.InvalidToken {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", codeVerifier);
        form.put("client_id", settings.clientId());
        var request = HttpRequest.newBuilder(URI.create(metadata().tokenEndpoint()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)));
        if (settings.clientSecret() != null) { // client_secret_basic (OpenID Connect Core 1.0, section 9)
            String pair = urlEncode(settings.clientId()) + ":" + urlEncode(settings.clientSecret());
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenValidator.ProviderUnavailable("the token endpoint could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenValidator.ProviderUnavailable("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new TokenValidator.InvalidToken("the token endpoint answered " + response.statusCode(), false, null);
        }
        String idToken;
        try {
            Object value = JSONObjectUtils.parse(response.body()).get("id_token");
            idToken = value instanceof String s ? s : null;
        } catch (ParseException e) {
            throw new TokenValidator.InvalidToken("the token endpoint's answer is not JSON", false, e);
        }
        if (idToken == null) {
            throw new TokenValidator.InvalidToken("the token endpoint gave no ID token", false, null);
        }
        JWTClaimsSet claims = metadata().idTokens().validate(idToken);
        if (!nonce.equals(claims.getClaim("nonce"))) {
            throw new TokenValidator.InvalidToken("the ID token's nonce is not the one Koto sent", false, null);
        }
        return new SignIn(claims, idToken);
    }

    /** The claims and raw form of a validated ID token. */
    public record SignIn(JWTClaimsSet claims, String idToken) {}

    /** Validates an API bearer access token: issuer, audience, expiry, signature; no call to the provider. */
    public JWTClaimsSet validateAccessToken(String token) throws TokenValidator.InvalidToken {
        return metadata().accessTokens().validate(token);
    }

    /**
     * Where to send the browser to end the provider's session too (OpenID Connect RP-Initiated Logout 1.0), or
     * null when the provider offers no end_session_endpoint.
     */
    public String endSessionUrl(String idTokenHint, String postLogoutRedirectUri) {
        String endpoint = metadata().endSessionEndpoint();
        if (endpoint == null) {
            return null;
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (idTokenHint != null) {
            query.put("id_token_hint", idTokenHint);
        }
        query.put("client_id", settings.clientId());
        query.put("post_logout_redirect_uri", postLogoutRedirectUri);
        return withQuery(endpoint, query);
    }

    private Metadata metadata() {
        Metadata known = metadata;
        if (known == null) {
            synchronized (this) {
                if (metadata == null) {
                    metadata = discover();
                }
                known = metadata;
            }
        }
        return known;
    }

    private Metadata discover() {
        var retriever = new DefaultResourceRetriever((int) TIMEOUT.toMillis(), (int) TIMEOUT.toMillis(), 512 * 1024);
        Map<String, Object> document;
        try {
            document = JSONObjectUtils.parse(
                    retriever.retrieveResource(new URL(settings.discoveryUrl())).getContent());
        } catch (IOException | ParseException e) {
            throw new TokenValidator.ProviderUnavailable(
                    "the provider's discovery document " + settings.discoveryUrl() + " could not be read", e);
        }
        if (!settings.issuer().equals(document.get("issuer"))) {
            throw new IllegalStateException("KOTO_OIDC_ISSUER " + settings.issuer()
                    + " is not the issuer the provider names: " + document.get("issuer"));
        }
        JWKSource<SecurityContext> keys;
        try {
            // cached (5 min, refreshed ahead and on an unknown key id, rate-limited), so no call per token
            keys = JWKSourceBuilder.create(new URL((String) document.get("jwks_uri")), retriever)
                    .retrying(true)
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("the provider's jwks_uri is not a URL", e);
        }
        return new Metadata(
                (String) document.get("authorization_endpoint"),
                (String) document.get("token_endpoint"),
                (String) document.get("end_session_endpoint"),
                new TokenValidator(keys, settings.issuer(), settings.clientId()),
                new TokenValidator(keys, settings.issuer(), settings.audience()));
    }

    private static String withQuery(String endpoint, Map<String, String> query) {
        return endpoint + (endpoint.contains("?") ? "&" : "?") + formEncode(query);
    }

    private static String formEncode(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> urlEncode(e.getKey()) + "=" + urlEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String urlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
