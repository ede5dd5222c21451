package fi.koto.programme.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.koto.programme.control.LineDiff.Kind;
import fi.koto.programme.control.LineDiff.Line;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void unchangedTextIsAllSame() {
        var diff = LineDiff.between("a\nb", "a\nb");
        assertThat(diff).containsExactly(new Line(Kind.SAME, "a"), new Line(Kind.SAME, "b"));
        assertThat(LineDiff.changed(diff)).isFalse();
    }

    @Test
    void aChangedLineIsRemovedThenAddedAndTheRestStays() {
        var diff = LineDiff.between("goals\nold measure\nmonitoring", "goals\nnew measure\nmonitoring\nindicators");
        assertThat(diff)
                .containsExactly(
                        new Line(Kind.SAME, "goals"),
                        new Line(Kind.REMOVED, "old measure"),
                        new Line(Kind.ADDED, "new measure"),
                        new Line(Kind.SAME, "monitoring"),
                        new Line(Kind.ADDED, "indicators"));
        assertThat(LineDiff.changed(diff)).isTrue();
    }

    @Test
    void nothingBeforeMeansEverythingIsAddedAndNothingAfterMeansRemoved() {
        assertThat(LineDiff.between(null, "x\ny")).extracting(Line::kind).containsExactly(Kind.ADDED, Kind.ADDED);
        assertThat(LineDiff.between("x", "")).containsExactly(new Line(Kind.REMOVED, "x"));
        assertThat(LineDiff.between(null, null)).isEmpty();
    }

    @Test
    void windowsLineEndingsCompareEqualToUnixOnes() {
        assertThat(LineDiff.changed(LineDiff.between("a\r\nb", "a\nb"))).isFalse();
    }

    @Test
    void deletedLinesInTheMiddleAreFound() {
        var diff = LineDiff.between("1\n2\n3\n4", "1\n4");
        assertThat(diff)
                .containsExactly(
                        new Line(Kind.SAME, "1"),
                        new Line(Kind.REMOVED, "2"),
                        new Line(Kind.REMOVED, "3"),
                        new Line(Kind.SAME, "4"));
    }
}
