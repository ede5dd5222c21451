package fi.koto.placement.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableSuccessionTest {

    private static final List<LocalDate> STARTS = List.of(LocalDate.of(2012, 1, 1), LocalDate.of(2023, 1, 1));

    @Test
    void aNewRowMayStartAfterTheLatestStart() {
        assertThat(TableSuccession.problem(STARTS, LocalDate.of(2023, 1, 2))).isEmpty();
        assertThat(TableSuccession.problem(List.of(), LocalDate.of(2000, 1, 1))).isEmpty();
    }

    @Test
    void aNewRowStartingOnOrBeforeTheLatestStartWouldRewriteHistoryAndIsRefused() {
        assertThat(TableSuccession.problem(STARTS, LocalDate.of(2023, 1, 1))).hasValueSatisfying(reason -> {
            assertThat(reason.key()).isEqualTo("compensation.validFrom.notAfter");
            assertThat(reason.args()).containsExactly("2023-01-01", "2023-01-01");
        });
        assertThat(TableSuccession.problem(STARTS, LocalDate.of(2020, 6, 1))).isPresent();
    }
}
