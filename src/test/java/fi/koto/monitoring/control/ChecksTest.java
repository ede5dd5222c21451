package fi.koto.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.monitoring.entity.IndicatorUnit;
import fi.koto.platform.failure.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void everyProblemIsCollectedNotOnlyTheFirst() {
        List<Reason> problems = new ArrayList<>();
        assertThat(Checks.text("  ", 10, true, "a", problems)).isNull();
        assertThat(Checks.text("x".repeat(11), 10, true, "b", problems)).hasSize(11);
        assertThat(Checks.text(null, 10, false, "c", problems)).isNull();
        assertThat(Checks.choice(IndicatorUnit.class, "litres", true, "d", problems))
                .isNull();
        assertThat(Checks.choice(IndicatorUnit.class, " percent ", true, "e", problems))
                .isEqualTo(IndicatorUnit.PERCENT);
        Checks.year(2031, 2025, 2028, "f", problems);
        Checks.order(2028, 2026, "g", problems);
        Checks.figure(new BigDecimal("1.234"), "h", problems);
        Checks.figure(new BigDecimal("1000000000000"), "i", problems);
        assertThat(Checks.figure(new BigDecimal("12.50"), "j", problems)).isEqualByComparingTo("12.5");
        assertThat(problems)
                .extracting(Reason::key)
                .containsExactly(
                        "a.required", "b.tooLong", "d.invalid", "f.outside", "g.order", "h.decimals", "i.tooLarge");
        assertThat(problems.get(3).args()).containsExactly("2031", "2025", "2028");
    }

    @Test
    void theYearsThatCanBeMonitoredAreThoseOfThePeriodThatHaveBegun() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        LocalDate end = LocalDate.of(2028, 12, 31);
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(MonitoringYears.check(2025, start, end, today)).isNull();
        assertThat(MonitoringYears.check(2026, start, end, today)).isNull();
        assertThat(MonitoringYears.check(2027, start, end, today).key()).isEqualTo("monitoring.year.outside");
        assertThat(MonitoringYears.check(2024, start, end, today).args()).containsExactly("2024", "2025", "2026");
        assertThat(MonitoringYears.check(2029, LocalDate.of(2029, 1, 1), LocalDate.of(2032, 12, 31), today)
                        .key())
                .isEqualTo("monitoring.year.notStarted");
        // a programme that is over can be monitored for each of its years, also later
        assertThat(MonitoringYears.last(LocalDate.of(2024, 12, 31), today)).isEqualTo(2024);
    }
}
