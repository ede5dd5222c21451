package fi.koto.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date rule of docs/domain.md, "Legal basis and terms": 1386/2010 for history up to 2024, 681/2023 after. */
class LegalBasisPeriodTest {

    @Test
    void aPeriodThatEndedBy2024IsHistoryUnderTheOldAct() {
        assertThat(LegalBasis.forPeriod(LocalDate.of(2024, 12, 31))).isEqualTo(LegalBasis.ACT_1386_2010);
        assertThat(LegalBasis.ACT_1386_2010.allowsPeriodEnding(LocalDate.of(2024, 12, 31)))
                .isTrue();
        assertThat(LegalBasis.ACT_681_2023.allowsPeriodEnding(LocalDate.of(2024, 12, 31)))
                .isFalse();
    }

    @Test
    void aPeriodRunningInto2025OrLaterIsUnderTheNewAct() {
        assertThat(LegalBasis.forPeriod(LocalDate.of(2025, 1, 1))).isEqualTo(LegalBasis.ACT_681_2023);
        assertThat(LegalBasis.forPeriod(LocalDate.of(2029, 12, 31))).isEqualTo(LegalBasis.ACT_681_2023);
        assertThat(LegalBasis.ACT_1386_2010.allowsPeriodEnding(LocalDate.of(2029, 12, 31)))
                .isFalse();
        assertThat(LegalBasis.ACT_681_2023.allowsPeriodEnding(LocalDate.of(2028, 12, 31)))
                .isTrue();
    }

    @Test
    void withoutAnEndTheNewActIsProposed() {
        assertThat(LegalBasis.forPeriod(null)).isEqualTo(LegalBasis.ACT_681_2023);
    }
}
