package fi.koto.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DailyScheduleTest {

    @Test
    void aTimeOfDayBecomesADailyExpressionInFinnishTime() {
        var expression = DailySchedule.parse("KOTO_X", "0 15 3").expression();

        assertThat(expression.getSecond()).isEqualTo("0");
        assertThat(expression.getMinute()).isEqualTo("15");
        assertThat(expression.getHour()).isEqualTo("3");
        assertThat(expression.getDayOfMonth()).isEqualTo("*");
        assertThat(expression.getTimezone()).isEqualTo("Europe/Helsinki");
    }

    @Test
    void testsMayFireItEveryFewSeconds() {
        var schedule = DailySchedule.parse("KOTO_X", " 0/2  *  * ");

        assertThat(schedule).isEqualTo(new DailySchedule("0/2", "*", "*"));
    }

    @Test
    void aWrongValueNamesTheSetting() {
        assertThatThrownBy(() -> DailySchedule.parse("KOTO_HOUSEKEEPING_SCHEDULE", "03:15"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KOTO_HOUSEKEEPING_SCHEDULE")
                .hasMessageContaining("03:15");
        assertThatThrownBy(() -> DailySchedule.parse("KOTO_X", "0 15 3; drop"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
