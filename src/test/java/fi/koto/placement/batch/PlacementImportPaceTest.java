package fi.koto.placement.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacementImportPaceTest {

    @Test
    void noPauseUnlessAPositiveNumberIsSet() {
        assertThat(PlacementImportPace.millis(null)).isZero();
        assertThat(PlacementImportPace.millis(" ")).isZero();
        assertThat(PlacementImportPace.millis("soon")).isZero();
        assertThat(PlacementImportPace.millis("-5")).isZero();
        assertThat(PlacementImportPace.millis(" 100 ")).isEqualTo(100);
    }

    @Test
    void theLongestPauseIsTenSeconds() {
        assertThat(PlacementImportPace.millis("3600000")).isEqualTo(10_000);
    }
}
