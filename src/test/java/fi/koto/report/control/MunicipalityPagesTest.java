package fi.koto.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MunicipalityPagesTest {

    /** A row of an index ordered by municipality code, then a running number. */
    record Row(String code, int n) {}

    /** The "database": rows ordered by code and number; a page is a range read from a code on. */
    static final class Table implements MunicipalityPages.Page<Row> {
        final List<Row> rows = new ArrayList<>();
        final List<String> pagesFrom = new ArrayList<>();

        Table with(String code, int count) {
            for (int i = 0; i < count; i++) {
                rows.add(new Row(code, i));
            }
            return this;
        }

        @Override
        public Future<List<Row>> start(String first, int limit) {
            pagesFrom.add(first);
            return CompletableFuture.completedFuture(rows.stream()
                    .filter(r -> first == null || r.code().compareTo(first) >= 0)
                    .limit(limit)
                    .toList());
        }
    }

    private static List<List<Row>> pages(Table table, int limit) {
        List<List<Row>> pages = new ArrayList<>();
        MunicipalityPages.read(limit, table, Row::code, rows -> pages.add(List.copyOf(rows)));
        return pages;
    }

    @Test
    void everyRowOnceInOrderAndNoMunicipalitySplitAcrossPages() {
        Table table = new Table()
                .with("005", 4)
                .with("009", 3)
                .with("010", 4)
                .with("016", 2)
                .with("018", 4);

        List<List<Row>> pages = pages(table, 6);

        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(table.rows);
        for (List<Row> page : pages) {
            for (List<Row> other : pages) {
                if (page != other) {
                    assertThat(page.stream().map(Row::code))
                            .doesNotContainAnyElementsOf(
                                    other.stream().map(Row::code).toList());
                }
            }
        }
        // a full page of 6 (005 x4, 009 x2) gives 005 only and the next starts at 009, and so on; from 016 on the
        // page is full again (016 x2, 018 x4), so 018 is read once more, alone, in a page that is not full
        assertThat(table.pagesFrom).containsExactly(null, "009", "010", "016", "018");
        assertThat(pages).extracting(List::size).containsExactly(4, 3, 4, 2, 4);
    }

    @Test
    void aPageThatEndsExactlyAtAMunicipalityReadsOnceMoreToKnowItIsTheLast() {
        Table table = new Table().with("091", 3).with("092", 3);

        List<List<Row>> pages = pages(table, 6);

        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(table.rows);
        assertThat(table.pagesFrom).containsExactly(null, "092");
    }

    @Test
    void noRowsIsOneEmptyPage() {
        assertThat(pages(new Table(), 10)).containsExactly(List.of());
    }

    @Test
    void aMunicipalityWithMoreRowsThanAPageIsRefusedRatherThanReadForever() {
        Table table = new Table().with("091", 8);

        assertThatThrownBy(() -> pages(table, 5))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("091");
    }

    @Test
    void theNextPageIsAskedForBeforeTheCurrentOneIsHandedOn() {
        List<String> events = new ArrayList<>();
        Table table = new Table().with("005", 4).with("009", 3).with("010", 1);
        MunicipalityPages.Page<Row> page = (first, limit) -> {
            events.add("read from " + first);
            return table.start(first, limit);
        };

        MunicipalityPages.read(
                6, page, Row::code, rows -> events.add("hand on " + rows.get(0).code()));

        assertThat(events).containsExactly("read from null", "read from 009", "hand on 005", "hand on 009");
    }

    @Test
    void aFailedReadGoesOnAsItsOwnException() {
        MunicipalityPages.Page<Row> page =
                (first, limit) -> CompletableFuture.failedFuture(new IllegalArgumentException("no such snapshot"));

        assertThatThrownBy(() -> MunicipalityPages.read(6, page, Row::code, rows -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no such snapshot");
    }

    @Test
    void whenHandingOnFailsThePageBeingReadIsCancelled() {
        Table table = new Table().with("005", 4).with("009", 3);
        List<CompletableFuture<List<Row>>> reads = new ArrayList<>();
        MunicipalityPages.Page<Row> page = (first, limit) -> {
            CompletableFuture<List<Row>> read = first == null
                    ? CompletableFuture.completedFuture(table.rows.subList(0, 6))
                    : new CompletableFuture<>();
            reads.add(read);
            return read;
        };

        assertThatThrownBy(() -> MunicipalityPages.read(6, page, Row::code, rows -> {
                    throw new IllegalStateException("disk full");
                }))
                .hasMessage("disk full");
        assertThat(reads).hasSize(2);
        assertThat(reads.get(1)).isCancelled();
    }
}
