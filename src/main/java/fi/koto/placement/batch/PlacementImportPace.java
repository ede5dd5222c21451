package fi.koto.placement.batch;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Waits {@code KOTO_IMPORT_CHUNK_PAUSE_MILLIS} (default 0: not at all) before each chunk of 500 rows of an import.
 * The integration tests set it so that an import they stop is surely still running when the stop arrives, whatever
 * the machine's speed; an operator could use it to let a very large import yield to people working on a busy
 * server. The pause comes before the chunk reads or writes anything, so it holds no lock and no database write.
 */
@Named("placementImportPace")
@Dependent
public class PlacementImportPace extends AbstractChunkListener {

    static final String SETTING = "KOTO_IMPORT_CHUNK_PAUSE_MILLIS";

    /** The longest pause taken, whatever is configured: a typo must not stall an import for hours. */
    static final long MAX_MILLIS = 10_000;

    @Override
    public void beforeChunk() throws InterruptedException {
        long millis = millis(System.getenv(SETTING));
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** The configured pause in milliseconds: 0 when unset, blank, not a number or negative; at most 10 s. */
    static long millis(String configured) {
        if (configured == null || configured.isBlank()) {
            return 0;
        }
        try {
            return Math.min(Math.max(Long.parseLong(configured.trim()), 0), MAX_MILLIS);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
