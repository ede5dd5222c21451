package fi.koto.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.access.control.AccessScope;
import fi.koto.agreement.entity.TargetGroup;
import fi.koto.platform.i18n.SupportedLanguage;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportContextTest {

    private static ReportContext context(SupportedLanguage language) {
        return new ReportContext(
                1,
                new ReportPeriod(2025, null),
                language,
                AccessScope.all(),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1),
                new ReferenceNames(Map.of(), language));
    }

    @Test
    void textsComeFromTheReportsLanguageAndAreLookedUpOncePerReport() {
        ReportContext swedish = context(SupportedLanguage.SV);

        assertThat(swedish.text(TargetGroup.QUOTA_REFUGEE.labelKey())).isEqualTo("Kvotflyktingar");
        assertThat(swedish.text(TargetGroup.QUOTA_REFUGEE.labelKey())).isEqualTo("Kvotflyktingar");
        assertThat(swedish.texts()).containsOnlyKeys("targetGroup.QUOTA_REFUGEE");
        assertThat(context(SupportedLanguage.FI).text("targetGroup.QUOTA_REFUGEE"))
                .isEqualTo("Kiintiöpakolaiset");
    }

    @Test
    void aTextWithArgumentsIsFormattedEachTimeAndNotKept() {
        ReportContext english = context(SupportedLanguage.EN);

        assertThat(english.text("report.period.future", "2027")).isEqualTo("The period 2027 has not started yet.");
        assertThat(english.text("report.period.future", "2028")).isEqualTo("The period 2028 has not started yet.");
        assertThat(english.texts()).isEmpty();
    }

    @Test
    void anUnknownKeyIsShownAsItIs() {
        assertThat(context(SupportedLanguage.EN).text("report.no.such.key")).isEqualTo("report.no.such.key");
    }
}
