package fi.koto.identity.control;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import java.text.ParseException;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a signed JWT from the provider locally: the signature against the provider's keys (its JWKS, which the
 * {@link JWKSource} caches and refreshes when an unknown key id appears), the issuer, the audience, and the expiry
 * (with 60 s of clock skew). No call to the provider per token. Unsigned tokens ({@code alg: none}) and symmetric
 * algorithms are refused: only the provider's public keys can make a valid token.
 */
public final class TokenValidator {

    /** Why a token was refused, in words an integrator can act on (never the token itself). */
    public static final class InvalidToken extends Exception {
        private final boolean expired;

        InvalidToken(String message, boolean expired, Throwable cause) {
            super(message, cause);
            this.expired = expired;
        }

        public boolean expired() {
            return expired;
        }
    }

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public TokenValidator(JWKSource<SecurityContext> keys, String issuer, String audience) {
        Objects.requireNonNull(issuer);
        Objects.requireNonNull(audience);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        // ID tokens are typed JWT or untyped; access tokens may be at+jwt (RFC 9068)
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), new JOSEObjectType("application/at+jwt"), null));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat")));
    }

    /** The token's claims when it is valid. */
    public JWTClaimsSet validate(String token) throws InvalidToken {
        try {
            return processor.process(token, null);
        } catch (ExpiredJWTException e) {
            throw new InvalidToken("the token has expired", true, e);
        } catch (BadJWTException e) {
            throw new InvalidToken("the token's claims are not valid here (" + e.getMessage() + ")", false, e);
        } catch (BadJOSEException e) {
            throw new InvalidToken("the token's signature is not valid (" + e.getMessage() + ")", false, e);
        } catch (ParseException e) {
            throw new InvalidToken("the token is not a signed JWT", false, e);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new ProviderUnavailable("the provider's keys could not be read: " + e.getMessage(), e);
        }
    }

    /** The provider (its JWKS) could not be reached: not the caller's fault, answered 503. */
    public static final class ProviderUnavailable extends RuntimeException {
        public ProviderUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
