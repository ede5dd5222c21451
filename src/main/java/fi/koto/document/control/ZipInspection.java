package fi.koto.document.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks inside a ZIP container held in memory without trusting it: the end record must be there (a cut-off file
 * lacks it), the number of entries and the bytes they expand to are limited, both as the central directory
 * declares them and as they actually inflate, and only the few small entries a caller asks for are kept. Office
 * files (OOXML, OpenDocument) and XLSX imports are ZIP containers; both checks use this one class. Pure.
 * <p>
 * It reads the central directory, as office programs do, with Commons Compress's {@code ZipFile}:
 * {@code java.util.zip.ZipInputStream} reads only the local headers and fails on the Zip64 data descriptors
 * that POI's streaming workbooks (SXSSF) write, so such genuine workbooks were refused as damaged.
 */
public final class ZipInspection {

    /** The largest entry kept for the caller: the parts it asks for are small XML or text. */
    static final int MAX_KEPT_ENTRY = 1024 * 1024;

    /**
     * How far a container may expand: {@code maxEntries} entries, {@code maxUncompressedBytes} in all, and no more
     * than {@code maxRatio} times its own size once it has expanded past {@code ratioGraceBytes} (small files of
     * repetitive XML compress very well and are harmless).
     */
    public record Limits(int maxEntries, long maxUncompressedBytes, double maxRatio, long ratioGraceBytes) {}

    /** Why a container was refused. */
    public enum Problem {
        /** Not a ZIP container at all. */
        NOT_ZIP,
        /** A ZIP container that is cut off or otherwise unreadable. */
        DAMAGED,
        /** Expands to far more than its size, or has too many entries. */
        BOMB
    }

    /** Thrown when a container is refused; the caller turns the problem into its own message. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;
        private final Problem problem;

        Refused(Problem problem) {
            super(problem.name(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** What was found inside: the entry names in order and the content of the entries that were asked for. */
    public record Contents(List<String> names, Map<String, byte[]> kept) {

        public boolean has(String name) {
            return names.contains(name);
        }

        public Optional<byte[]> entry(String name) {
            return Optional.ofNullable(kept.get(name));
        }
    }

    private ZipInspection() {}

    /** Whether the content starts like a ZIP container (a local file header, PK 3 4). */
    public static boolean looksLikeZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /**
     * Reads the whole container, inflating every entry to count its bytes, and keeps the entries named in
     * {@code wanted} that are at most 1 MB.
     */
    public static Contents inspect(byte[] content, Limits limits, Set<String> wanted) throws Refused {
        if (!looksLikeZip(content)) {
            throw new Refused(Problem.NOT_ZIP);
        }
        if (!hasEndOfCentralDirectory(content)) {
            throw new Refused(Problem.DAMAGED);
        }
        List<String> names = new ArrayList<>();
        Map<String, byte[]> kept = new HashMap<>();
        long declared = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                .get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (names.size() >= limits.maxEntries()) {
                    throw new Refused(Problem.BOMB);
                }
                names.add(entry.getName());
                if (entry.getSize() > 0) {
                    declared += entry.getSize();
                    if (tooMuch(declared, content.length, limits)) {
                        throw new Refused(Problem.BOMB);
                    }
                }
                if (!zip.canReadEntryData(entry)) {
                    throw new Refused(Problem.DAMAGED); // encrypted or compressed in a way no office file is
                }
                ByteArrayOutputStream keep = wanted.contains(entry.getName()) ? new ByteArrayOutputStream() : null;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (tooMuch(total, content.length, limits)) {
                            throw new Refused(Problem.BOMB);
                        }
                        if (keep != null && keep.size() + n > MAX_KEPT_ENTRY) {
                            keep = null; // larger than any genuine part of its kind: not kept, so not recognised
                        } else if (keep != null) {
                            keep.write(buffer, 0, n);
                        }
                    }
                }
                if (keep != null) {
                    kept.put(entry.getName(), keep.toByteArray());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused(Problem.DAMAGED);
        }
        return new Contents(Collections.unmodifiableList(names), Collections.unmodifiableMap(kept));
    }

    private static boolean tooMuch(long expanded, int size, Limits limits) {
        return expanded > limits.maxUncompressedBytes()
                || (expanded > limits.ratioGraceBytes() && expanded > (long) (limits.maxRatio() * size));
    }

    /** A ZIP ends with its central directory: a truncated one lacks the end record (PK 5 6). */
    static boolean hasEndOfCentralDirectory(byte[] content) {
        int from = Math.max(0, content.length - 22 - 65535);
        for (int i = content.length - 22; i >= from; i--) {
            if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }
}
