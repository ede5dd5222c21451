package fi.koto.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language link is read from the raw query string, so that no page parses its parameters before Faces. */
class LanguageQueryTest {

    @Test
    void theLanguageIsFoundAmongOtherParametersAndOnlyWithAValue() {
        assertThat(LanguageSelection.queryValue("id=42&language=sv", "language"))
                .contains("sv");
        assertThat(LanguageSelection.queryValue("language=en&language=sv", "language"))
                .contains("en");
        assertThat(LanguageSelection.queryValue("languages=sv", "language")).isEmpty();
        assertThat(LanguageSelection.queryValue("language=", "language")).isEmpty();
        assertThat(LanguageSelection.queryValue("language", "language")).isEmpty();
        assertThat(LanguageSelection.queryValue(null, "language")).isEmpty();
        assertThat(LanguageSelection.queryValue("q=%C3%A5&language=s%76", "language"))
                .contains("sv");
    }

    @Test
    void whatIsLeftKeepsTheOtherParameters() {
        assertThat(LanguageSelection.queryWithout("id=42&language=sv&tab=2", "language"))
                .isEqualTo("id=42&tab=2");
        assertThat(LanguageSelection.queryWithout("language=sv", "language")).isEmpty();
    }
}
