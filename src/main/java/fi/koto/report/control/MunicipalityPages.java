package fi.koto.report.control;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads rows ordered by municipality code in keyset pages: each page starts at a municipality code and is handed
 * on without the last municipality of a full page (whose rows may go on in the next page), which the next page
 * starts with. Every page is then a range read of an index that begins with the code, where offset pages made the
 * database skip all earlier rows again for each page.
 *
 * <p>The next page is asked for before the current one is handed on, so a page whose reading runs elsewhere (see
 * {@link SnapshotPages}) is read while the previous one is written: at most two pages are held at a time.
 */
final class MunicipalityPages {

    /** One page: at most {@code limit} rows from municipality {@code first} on (from the first when null). */
    interface Page<T> {
        Future<List<T>> start(String first, int limit);
    }

    private MunicipalityPages() {}

    /**
     * Hands every row to {@code whole} in pages of whole municipalities. {@code limit} must exceed the rows of
     * any one municipality, so that a full page holds at least one whole municipality and the reading moves on.
     * When handing on fails, the page being read is cancelled and the failure goes on to the caller.
     */
    static <T> void read(int limit, Page<T> page, Function<T, String> code, Consumer<List<T>> whole) {
        Future<List<T>> reading = page.start(null, limit);
        while (true) {
            List<T> rows = rowsOf(reading);
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
            reading = page.start(held, limit);
            try {
                whole.accept(rows.subList(0, end));
            } catch (RuntimeException | Error e) {
                reading.cancel(true);
                throw e;
            }
        }
    }

    /** The rows a reading returned, or its failure as it was (a checked one wrapped). */
    static <T> List<T> rowsOf(Future<List<T>> reading) {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("A page of figures could not be read", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while a page of figures was read");
        }
    }
}
