package fi.koto.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.monitoring.boundary.MonitoringJson.IndicatorView;
import fi.koto.monitoring.boundary.MonitoringJson.YearValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorChartTest {

    private static IndicatorView indicator(BigDecimal baseline, BigDecimal target, List<YearValue> values) {
        return new IndicatorView(
                1, 2L, null, "Työlliset", null, "PERCENT", baseline, 2024, target, 2028, true, values, 0);
    }

    @Test
    void barsAreScaledBetweenZeroAndTheLargestFigure() {
        // figures 0..50 over the 160 units between y=10 and y=170: 3.2 units per percentage point
        var chart = IndicatorChart.of(indicator(
                new BigDecimal("30"),
                new BigDecimal("50"),
                List.of(new YearValue(2025, new BigDecimal("35")), new YearValue(2026, new BigDecimal("40")))));
        assertThat(chart.bars()).hasSize(2);
        assertThat(chart.getAxisY()).isEqualTo(170.0);
        assertThat(chart.targetY()).isEqualTo(10.0);
        assertThat(chart.baselineY()).isEqualTo(170 - 30 * 3.2);
        var first = chart.bars().get(0);
        assertThat(first.year()).isEqualTo(2025);
        assertThat(first.height()).isEqualTo(35 * 3.2);
        assertThat(first.y()).isEqualTo(170 - 35 * 3.2);
        // two slots of 230 each, bars 60 wide and centred in their slot
        assertThat(first.x()).isEqualTo(10 + 85.0);
        assertThat(chart.bars().get(1).x()).isEqualTo(10 + 230 + 85.0);
        assertThat(chart.bars().get(1).labelX()).isEqualTo(10 + 230 + 115.0);
    }

    @Test
    void anIndicatorWithoutValuesHasNoBarsAndAFlatOneDoesNotDivideByZero() {
        assertThat(IndicatorChart.of(indicator(null, null, List.of())).isEmpty())
                .isTrue();
        var flat = IndicatorChart.of(
                indicator(BigDecimal.ZERO, BigDecimal.ZERO, List.of(new YearValue(2025, BigDecimal.ZERO))));
        assertThat(flat.bars().get(0).height()).isZero();
    }

    @Test
    void negativeFiguresHangBelowTheAxis() {
        var chart = IndicatorChart.of(indicator(
                new BigDecimal("-10"), new BigDecimal("10"), List.of(new YearValue(2025, new BigDecimal("-5")))));
        assertThat(chart.getAxisY()).isEqualTo(90.0);
        assertThat(chart.bars().get(0).y()).isEqualTo(90.0);
        assertThat(chart.bars().get(0).height()).isEqualTo(40.0);
    }
}
