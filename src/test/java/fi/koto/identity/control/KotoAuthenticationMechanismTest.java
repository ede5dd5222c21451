package fi.koto.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class KotoAuthenticationMechanismTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesBasicCredentialsIncludingColonsAndNonAsciiInThePassword() {
        var credential = KotoAuthenticationMechanism.basicCredential(basic("coord.helsinki:pä:ss"));
        assertThat(credential.getCaller()).isEqualTo("coord.helsinki");
        assertThat(credential.getPasswordAsString()).isEqualTo("pä:ss");
    }

    @Test
    void ignoresMissingOrMalformedHeaders() {
        assertThat(KotoAuthenticationMechanism.basicCredential(null)).isNull();
        assertThat(KotoAuthenticationMechanism.basicCredential("Bearer abc")).isNull();
        assertThat(KotoAuthenticationMechanism.basicCredential("Basic !!!")).isNull();
        assertThat(KotoAuthenticationMechanism.basicCredential(basic("no-colon")))
                .isNull();
        assertThat(KotoAuthenticationMechanism.basicCredential(basic(":password")))
                .isNull();
    }

    @Test
    void locksOnlyAtTheFifthFailureInARow() {
        assertThat(LoginPolicy.locksAfter(LoginPolicy.MAX_FAILURES - 1)).isFalse();
        assertThat(LoginPolicy.locksAfter(LoginPolicy.MAX_FAILURES)).isTrue();
    }
}
