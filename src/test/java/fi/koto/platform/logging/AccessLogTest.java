package fi.koto.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessLogTest {

    @Test
    void theLineHasUserMethodPathStatusAndDuration() {
        assertThat(AccessLog.line("coord.helsinki", "GET", "/api/v1/me", null, 200, 12))
                .isEqualTo("access user=coord.helsinki method=GET path=/api/v1/me status=200 duration_ms=12");
        assertThat(AccessLog.line(null, "POST", "/login.xhtml", "", 302, 3))
                .isEqualTo("access user=- method=POST path=/login.xhtml status=302 duration_ms=3");
    }

    @Test
    void secretsInTheQueryStringAreRedacted() {
        assertThat(AccessLog.redact("code=abc&state=xyz&page=2")).isEqualTo("code=***&state=***&page=2");
        assertThat(AccessLog.redact("password=hunter2&access_token=eyJ&api_key=k&municipality=091&flag"))
                .isEqualTo("password=***&access_token=***&api_key=***&municipality=091&flag");
        assertThat(AccessLog.line("-", "GET", "/oidc/callback", "code=c0de&state=s", 302, 1))
                .doesNotContain("c0de")
                .endsWith("path=/oidc/callback?code=***&state=*** status=302 duration_ms=1");
    }

    @Test
    void whatARequestSendsCannotBreakTheLine() {
        assertThat(AccessLog.line("-", "GET", "/a b\nforged status=200", null, 404, 0))
                .isEqualTo("access user=- method=GET path=/a_b_forged_status=200 status=404 duration_ms=0");
    }

    @Test
    void requestIdsAreShortRandomTokens() {
        assertThat(RequestIds.newId()).matches("[0-9a-z]{16}").isNotEqualTo(RequestIds.newId());
    }
}
