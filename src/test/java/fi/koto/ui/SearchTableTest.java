package fi.koto.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class SearchTableTest {

    enum Field {
        NAME,
        CODE
    }

    record Search(int first, int size, Field field, boolean ascending) {}

    static class Table extends SearchTable<String, Field, Search> {
        final List<Search> asked = new ArrayList<>();

        Table() {
            super(Field.NAME, true, Map.of("code", Field.CODE));
        }

        @Override
        protected Search search(int first, int size, Field field, boolean ascending) {
            return new Search(first, size, field, ascending);
        }

        @Override
        protected long count(Search search) {
            asked.add(search);
            return 42;
        }

        @Override
        protected List<String> list(Search search) {
            asked.add(search);
            return List.of("row");
        }

        @Override
        protected String key(String row) {
            return "key-" + row;
        }
    }

    @Test
    void countsWithTheDefaultOrderAndPagesInTheOrderOfTheSortedColumn() {
        var table = new Table();
        assertThat(table.count(Map.of())).isEqualTo(42);
        assertThat(table.load(20, 10, Map.of(), Map.of())).containsExactly("row");
        table.load(
                0,
                10,
                Map.of(
                        "code",
                        SortMeta.builder()
                                .field("code")
                                .order(SortOrder.DESCENDING)
                                .build()),
                Map.of());
        table.load(
                0,
                10,
                Map.of(
                        "other",
                        SortMeta.builder()
                                .field("other")
                                .order(SortOrder.ASCENDING)
                                .build()),
                Map.of());
        assertThat(table.asked)
                .containsExactly(
                        new Search(0, 1, Field.NAME, true),
                        new Search(20, 10, Field.NAME, true),
                        new Search(0, 10, Field.CODE, false),
                        new Search(0, 10, Field.NAME, true));
        assertThat(table.getRowKey("row")).isEqualTo("key-row");
    }
}
