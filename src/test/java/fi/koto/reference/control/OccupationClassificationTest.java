package fi.koto.reference.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped ISCO-08 file is read whole and right, including titles with commas. */
class OccupationClassificationTest {

    @Test
    void allFourLevelsAreRead() {
        List<OccupationClassification.Row> rows = OccupationClassification.load();
        assertThat(rows).hasSize(619);
        Map<Integer, Long> perLevel = rows.stream()
                .collect(Collectors.groupingBy(OccupationClassification.Row::level, Collectors.counting()));
        assertThat(perLevel)
                .containsEntry(1, 10L)
                .containsEntry(2, 43L)
                .containsEntry(3, 130L)
                .containsEntry(4, 436L);
        Map<String, OccupationClassification.Row> byCode =
                rows.stream().collect(Collectors.toMap(OccupationClassification.Row::code, Function.identity()));
        assertThat(byCode.get("8322").titleEn()).isEqualTo("Car, Taxi and Van Drivers");
        assertThat(byCode.get("8322").parentCode()).isEqualTo("832");
        assertThat(byCode.get("0110").level()).isEqualTo(4);
        assertThat(byCode.get("7212").titleFi()).isNull();
        assertThat(byCode.get("1").parentCode()).isNull();
        rows.stream()
                .filter(r -> r.parentCode() != null)
                .forEach(r -> assertThat(byCode).as(r.code()).containsKey(r.parentCode()));
    }

    @Test
    void quotedCellsKeepTheirCommasAndQuotes() {
        assertThat(OccupationClassification.cells("1,\"a, b\",\"say \"\"hi\"\"\","))
                .containsExactly("1", "a, b", "say \"hi\"", "");
    }
}
