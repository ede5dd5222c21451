package fi.koto.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import org.junit.jupiter.api.Test;

class TokenValidatorTest {

    private static final String ISSUER = "https://idp.example/realm";
    private static final RSAKey KEY = generate("k1");
    private static final RSAKey OTHER_KEY = generate("k1"); // same key id, different key

    private final TokenValidator validator =
            new TokenValidator(new ImmutableJWKSet<>(new JWKSet(KEY.toPublicJWK())), ISSUER, "koto");

    @Test
    void aTokenSignedByTheProviderForKotoIsValid() throws Exception {
        var claims = validator.validate(sign(KEY, claims(ISSUER, "koto", 300)));
        assertThat(claims.getSubject()).isEqualTo("svc-1");
    }

    @Test
    void anExpiredTokenIsRefusedAsExpired() {
        assertThatThrownBy(() -> validator.validate(sign(KEY, claims(ISSUER, "koto", -120))))
                .isInstanceOfSatisfying(TokenValidator.InvalidToken.class, e -> assertThat(e.expired())
                        .isTrue());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertThatThrownBy(() -> validator.validate(sign(OTHER_KEY, claims(ISSUER, "koto", 300))))
                .isInstanceOf(TokenValidator.InvalidToken.class)
                .hasMessageContaining("signature");
    }

    @Test
    void anotherIssuerOrAudienceIsRefused() {
        assertThatThrownBy(() -> validator.validate(sign(KEY, claims("https://evil.example", "koto", 300))))
                .isInstanceOf(TokenValidator.InvalidToken.class);
        assertThatThrownBy(() -> validator.validate(sign(KEY, claims(ISSUER, "another-app", 300))))
                .isInstanceOf(TokenValidator.InvalidToken.class);
    }

    @Test
    void unsignedAndSymmetricTokensAreRefused() throws Exception {
        String plain = new PlainJWT(claims(ISSUER, "koto", 300)).serialize();
        assertThatThrownBy(() -> validator.validate(plain)).isInstanceOf(TokenValidator.InvalidToken.class);
        var hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(ISSUER, "koto", 300));
        hmac.sign(new MACSigner(new byte[32]));
        assertThatThrownBy(() -> validator.validate(hmac.serialize())).isInstanceOf(TokenValidator.InvalidToken.class);
        assertThatThrownBy(() -> validator.validate("not a token")).isInstanceOf(TokenValidator.InvalidToken.class);
    }

    private static JWTClaimsSet claims(String issuer, String audience, int expiresInSeconds) {
        long now = System.currentTimeMillis();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject("svc-1")
                .issueTime(new Date(now - 1000))
                .expirationTime(new Date(now + expiresInSeconds * 1000L))
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
