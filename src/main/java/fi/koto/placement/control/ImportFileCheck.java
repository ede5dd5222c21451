package fi.koto.placement.control;

import fi.koto.document.control.ZipInspection;
import fi.koto.platform.failure.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an uploaded file may be imported, before any row is read: its size, whether it is what its media
 * type claims (a UTF-8 CSV with the expected header, or an XLSX workbook), and that an XLSX is no zip bomb
 * (through {@link ZipInspection}, shared with attached documents). Pure: no container, no database.
 */
public final class ImportFileCheck {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> COLUMNS =
            List.of("municipality_code", "month", "target_group", "persons", "under_7", "self_settled");
    public static final String HEADER = String.join(",", COLUMNS);
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public enum Format {
        CSV,
        XLSX
    }

    /** A file that may be imported: its format and, for a CSV, its delimiter. */
    public record Accepted(Format format, char delimiter) {}

    private final long maxBytes;
    private final ZipInspection.Limits zipLimits;

    public ImportFileCheck(long maxBytes, int maxEntries, long maxUncompressedBytes, double maxRatio) {
        this.maxBytes = maxBytes;
        this.zipLimits = new ZipInspection.Limits(maxEntries, maxUncompressedBytes, maxRatio, 0);
    }

    /** The limits of production: {@code KOTO_IMPORT_MAX_BYTES} (default 20 MB), 1,000 entries, 200 MB, ratio 100. */
    public static ImportFileCheck fromEnvironment() {
        return new ImportFileCheck(maxBytes(System.getenv("KOTO_IMPORT_MAX_BYTES")), 1000, 200L * 1024 * 1024, 100);
    }

    static long maxBytes(String configured) {
        try {
            long value =
                    configured == null || configured.isBlank() ? DEFAULT_MAX_BYTES : Long.parseLong(configured.trim());
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
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        for (int i = start; i < content.length; i++) {
            if (content[i] == 0) {
                throw new InvalidInputException("import.file.notCsv", HEADER);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
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
                    .map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                    .toList();
            if (cells.equals(COLUMNS)) {
                return d;
            }
        }
        return null;
    }

    void checkXlsx(byte[] content) {
        if (!ZipInspection.looksLikeZip(content)) {
            throw new InvalidInputException("import.file.notXlsx");
        }
        ZipInspection.Contents zip;
        try {
            zip = ZipInspection.inspect(content, zipLimits, Set.of());
        } catch (ZipInspection.Refused e) {
            throw new InvalidInputException(
                    switch (e.problem()) {
                        case NOT_ZIP -> "import.file.notXlsx";
                        case DAMAGED -> "import.file.xlsxBroken";
                        case BOMB -> "import.file.zipBomb";
                    });
        }
        if (!zip.has("[Content_Types].xml") || !zip.has("xl/workbook.xml")) {
            throw new InvalidInputException("import.file.notXlsx");
        }
    }
}
