package fi.koto.report.control;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads rows ordered by municipality code in keyset pages: each page starts at a municipality code and is handed
 * on without the last municipality of a full page (whose rows may go on in the next page), which the next page
 * starts with. Every page is then a range read of an index that begins with the code, where offset pages made the
 * database skip all earlier rows again for each page.
 */
final class MunicipalityPages {

    /** One page: at most {@code limit} rows from municipality {@code first} on (from the first when null). */
    interface Page<T> {
        List<T> read(String first, int limit);
    }

    private MunicipalityPages() {
    }

    /**
     * Hands every row to {@code whole} in pages of whole municipalities. {@code limit} must exceed the rows of
     * any one municipality, so that a full page holds at least one whole municipality and the reading moves on.
     */
    static <T> void read(int limit, Page<T> page, Function<T, String> code, Consumer<List<T>> whole) {
        String first = null;
        while (true) {
            List<T> rows = page.read(first, limit);
            if (rows.size() < limit) {
                whole.accept(rows);
                return;
            }
            String held = code.apply(rows.get(rows.size() - 1));
            int end = rows.size();
            while (end > 0 && held.equals(code.apply(rows.get(end - 1)))) {
                end--;
            }
            if (end == 0) { // a loop that never ends would be worse than a failed report
                throw new IllegalStateException("A page of " + limit + " rows holds one municipality only: " + held);
            }
            whole.accept(rows.subList(0, end));
            first = held;
        }
    }
}
