package fi.koto.platform.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Reads an uploaded request body into memory, never more than a limit. A body somewhat over the limit is read on
 * to {@link #DRAIN_FACTOR} times the limit before it is refused, so that the client reads the answer instead of a
 * connection closed under it; one declared (Content-Length) longer than that is refused without reading.
 */
public final class BoundedBody {

    public static final int DRAIN_FACTOR = 4;

    private BoundedBody() {}

    /**
     * The bytes of {@code body} (none for a null body), closing it; {@code tooLarge} is thrown when it is longer
     * than {@code max}.
     */
    public static byte[] read(
            Long declaredLength, InputStream body, long max, Supplier<? extends RuntimeException> tooLarge) {
        if (declaredLength != null && declaredLength > DRAIN_FACTOR * max) {
            throw tooLarge.get();
        }
        if (body == null) {
            return new byte[0];
        }
        try (InputStream in = body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    drain(in, buffer, DRAIN_FACTOR * max - total);
                    throw tooLarge.get();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drain(InputStream in, byte[] buffer, long budget) throws IOException {
        long left = budget;
        int n;
        while (left > 0 && (n = in.read(buffer)) > 0) {
            left -= n;
        }
    }
}
