package fi.koto.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SsoSettingsTest {

    @Test
    void withoutAnIssuerThereIsNoSingleSignOnAndPasswordsStayOn() {
        var settings = SsoSettings.from(Map.of("KOTO_PASSWORD_LOGIN", "false"));
        assertThat(settings.enabled()).isFalse();
        assertThat(settings.passwordLogin())
                .as("nobody could sign in otherwise")
                .isTrue();
    }

    @Test
    void theIssuerTurnsItOnWithDefaults() {
        var settings = SsoSettings.from(Map.of(
                "KOTO_OIDC_ISSUER", "https://idp.example/realms/koto",
                "KOTO_OIDC_CLIENT_ID", "koto",
                "KOTO_OIDC_CLIENT_SECRET", "s3cret",
                "KOTO_PASSWORD_LOGIN", "false"));
        assertThat(settings.enabled()).isTrue();
        assertThat(settings.passwordLogin()).isFalse();
        assertThat(settings.match()).isEqualTo(SsoSettings.Match.EMAIL);
        assertThat(settings.audience()).isEqualTo("koto");
        assertThat(settings.scope()).isEqualTo("openid email profile");
        assertThat(settings.discoveryUrl())
                .isEqualTo("https://idp.example/realms/koto/.well-known/openid-configuration");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void matchAndAudienceAreSettings() {
        var settings = SsoSettings.from(Map.of(
                "KOTO_OIDC_ISSUER", "https://idp.example/",
                "KOTO_OIDC_CLIENT_ID", "koto",
                "KOTO_OIDC_MATCH", "subject",
                "KOTO_OIDC_AUDIENCE", "api://koto"));
        assertThat(settings.match()).isEqualTo(SsoSettings.Match.SUBJECT);
        assertThat(settings.audience()).isEqualTo("api://koto");
        assertThat(settings.discoveryUrl()).isEqualTo("https://idp.example/.well-known/openid-configuration");
    }

    @Test
    void aMissingClientIdOrAnUnknownMatchStopsTheStart() {
        assertThatThrownBy(() -> SsoSettings.from(Map.of("KOTO_OIDC_ISSUER", "https://idp.example")))
                .hasMessageContaining("KOTO_OIDC_CLIENT_ID");
        assertThatThrownBy(() -> SsoSettings.from(Map.of(
                        "KOTO_OIDC_ISSUER", "https://idp.example", "KOTO_OIDC_CLIENT_ID", "k", "KOTO_OIDC_MATCH", "x")))
                .hasMessageContaining("KOTO_OIDC_MATCH");
    }
}
