package fi.koto.ui.monitoring;

import fi.koto.monitoring.boundary.MonitoringJson.IndicatorView;
import fi.koto.monitoring.boundary.MonitoringJson.YearValue;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of an indicator's chart, drawn as inline SVG on the page (no script, no outside resource, nothing
 * the Content-Security-Policy has to allow): one bar per reported year, a dashed line at the baseline and a solid
 * one at the target. The page puts the same figures in a table beside it, which is the chart's text alternative.
 * Coordinates are in a {@value #WIDTH} x {@value #HEIGHT} view box; the bars start from zero, or from the lowest
 * figure when there are negative ones.
 */
public record IndicatorChart(List<Bar> bars, Double baselineY, Double targetY, double zeroY) implements Serializable {

    public static final int WIDTH = 480;
    public static final int HEIGHT = 200;
    static final double TOP = 10;
    static final double BOTTOM = 170;
    static final double LEFT = 10;

    /** One year's bar; {@code labelY} is where its year is written under the axis. */
    public record Bar(int year, BigDecimal value, double x, double y, double width, double height)
            implements Serializable {

        public double labelX() {
            return x + width / 2;
        }
    }

    public static IndicatorChart of(IndicatorView indicator) {
        List<YearValue> values = indicator.values();
        double max = 0;
        double min = 0;
        for (BigDecimal figure : figures(indicator)) {
            max = Math.max(max, figure.doubleValue());
            min = Math.min(min, figure.doubleValue());
        }
        if (max == min) {
            max = min + 1;
        }
        double range = max - min;
        double scale = (BOTTOM - TOP) / range;
        double zero = BOTTOM - (0 - min) * scale;
        List<Bar> bars = new ArrayList<>();
        int slots = Math.max(values.size(), 1);
        double slot = (WIDTH - 2 * LEFT) / slots;
        double width = Math.min(60, slot * 0.6);
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i).value().doubleValue();
            double y = BOTTOM - (v - min) * scale;
            double top = Math.min(y, zero);
            bars.add(new Bar(
                    values.get(i).year(),
                    values.get(i).value(),
                    round(LEFT + i * slot + (slot - width) / 2),
                    round(top),
                    round(width),
                    round(Math.abs(zero - y))));
        }
        return new IndicatorChart(
                bars,
                indicator.baseline() == null
                        ? null
                        : round(BOTTOM - (indicator.baseline().doubleValue() - min) * scale),
                indicator.target() == null
                        ? null
                        : round(BOTTOM - (indicator.target().doubleValue() - min) * scale),
                round(zero));
    }

    private static List<BigDecimal> figures(IndicatorView indicator) {
        List<BigDecimal> figures = new ArrayList<>();
        indicator.values().forEach(v -> figures.add(v.value()));
        if (indicator.baseline() != null) {
            figures.add(indicator.baseline());
        }
        if (indicator.target() != null) {
            figures.add(indicator.target());
        }
        return figures;
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public double getAxisY() {
        return zeroY;
    }

    public double getLabelY() {
        return BOTTOM + 20;
    }

    public double getRight() {
        return WIDTH - LEFT;
    }
}
