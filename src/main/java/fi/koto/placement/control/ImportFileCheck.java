package fi.koto.placement.control;

import fi.koto.platform.failure.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides whether an uploaded file may be imported, before any row is read: its size, whether it is what its media
 * type claims (a UTF-8 CSV with the expected header, or an XLSX workbook), and that an XLSX is no zip bomb. Pure:
 * no container, no database.
 */
public final class ImportFileCheck {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> COLUMNS = List.of("municipality_code", "month", "target_group", "persons",
            "under_7", "self_settled");
    public static final String HEADER = String.join(",", COLUMNS);
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public enum Format {
        CSV, XLSX
    }

    /** A file that may be imported: its format and, for a CSV, its delimiter. */
    public record Accepted(Format format, char delimiter) {
    }

    private final long maxBytes;
    private final int maxEntries;
    private final long maxUncompressedBytes;
    private final double maxRatio;

    public ImportFileCheck(long maxBytes, int maxEntries, long maxUncompressedBytes, double maxRatio) {
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.maxRatio = maxRatio;
    }

    /** The limits of production: {@code KOTO_IMPORT_MAX_BYTES} (default 20 MB), 1,000 entries, 200 MB, ratio 100. */
    public static ImportFileCheck fromEnvironment() {
        return new ImportFileCheck(maxBytes(System.getenv("KOTO_IMPORT_MAX_BYTES")), 1000, 200L * 1024 * 1024, 100);
    }

    static long maxBytes(String configured) {
        try {
            long value = configured == null || configured.isBlank() ? DEFAULT_MAX_BYTES
                    : Long.parseLong(configured.trim());
            return value > 0 ? value : DEFAULT_MAX_BYTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_BYTES;
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Accepted check(String mediaType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("import.file.empty");
        }
        if (content.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        String type = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (CSV.equals(type)) {
            return new Accepted(Format.CSV, csvDelimiter(content));
        }
        if (XLSX.equals(type)) {
            checkXlsx(content);
            return new Accepted(Format.XLSX, ',');
        }
        throw new InvalidInputException("import.file.mediaType", CSV, XLSX);
    }

    public static InvalidInputException tooLarge(long maxBytes) {
        return new InvalidInputException("import.file.tooLarge", maxBytes / (1024 * 1024), maxBytes);
    }

    /** The text of a CSV without its byte-order mark; refuses what is not UTF-8 text. */
    public static String csvText(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < content.length; i++) {
            if (content[i] == 0) {
                throw new InvalidInputException("import.file.notCsv", HEADER);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("import.file.notCsv", HEADER);
        }
    }

    static char csvDelimiter(byte[] content) {
        String text = csvText(content);
        int end = text.indexOf('\n');
        String header = (end < 0 ? text : text.substring(0, end)).strip();
        Character delimiter = headerDelimiter(header);
        if (delimiter == null) {
            throw new InvalidInputException("import.file.header", HEADER);
        }
        return delimiter;
    }

    /** The delimiter when this is the expected header (comma or semicolon), otherwise null. */
    public static Character headerDelimiter(String header) {
        for (char d : new char[] {',', ';'}) {
            List<String> cells = Arrays.stream(header.split(String.valueOf(d), -1))
                    .map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT)).toList();
            if (cells.equals(COLUMNS)) {
                return d;
            }
        }
        return null;
    }

    void checkXlsx(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            throw new InvalidInputException("import.file.notXlsx");
        }
        if (!hasEndOfCentralDirectory(content)) {
            throw new InvalidInputException("import.file.xlsxBroken");
        }
        Set<String> names = new HashSet<>();
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    throw new InvalidInputException("import.file.zipBomb");
                }
                names.add(entry.getName());
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > maxUncompressedBytes || total > (long) (maxRatio * content.length)) {
                        throw new InvalidInputException("import.file.zipBomb");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("import.file.xlsxBroken");
        }
        if (!names.contains("[Content_Types].xml") || !names.contains("xl/workbook.xml")) {
            throw new InvalidInputException("import.file.notXlsx");
        }
    }

    /** A ZIP ends with its central directory: a truncated one lacks the end record (PK 5 6). */
    private static boolean hasEndOfCentralDirectory(byte[] content) {
        int from = Math.max(0, content.length - 22 - 65535);
        for (int i = content.length - 22; i >= from; i--) {
            if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }
}
