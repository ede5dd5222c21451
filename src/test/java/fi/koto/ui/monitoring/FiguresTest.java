package fi.koto.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void aFigureIsReadWithADecimalCommaOrPointAndThousandsApart() {
        assertThat(Figures.parse("41,5", "f").value()).isEqualByComparingTo("41.5");
        assertThat(Figures.parse(" 41.5 ", "f").value()).isEqualByComparingTo("41.5");
        assertThat(Figures.parse("1 250", "f").value()).isEqualByComparingTo("1250");
        assertThat(Figures.parse("1\u00a0250,25", "f").value()).isEqualByComparingTo("1250.25");
        assertThat(Figures.parse("\u22123", "f").value()).isEqualByComparingTo("-3");
    }

    @Test
    void blankIsNoFigureAndTextIsRefused() {
        assertThat(Figures.parse("  ", "f").value()).isNull();
        assertThat(Figures.parse("  ", "f").invalid()).isFalse();
        assertThat(Figures.parse("noin 40", "f").invalid()).isTrue();
        assertThat(Figures.parse("noin 40", "f").typed()).isEqualTo("noin 40");
    }
}
