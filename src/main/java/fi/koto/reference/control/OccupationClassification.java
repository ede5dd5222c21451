package fi.koto.reference.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The occupation classification as shipped in {@code db/reference/occupations_isco08.csv} (ISCO-08, the codes of
 * Statistics Finland's classification of occupations; source and licence in that folder's SOURCES.md). Empty
 * Finnish and Swedish titles are read as null.
 */
public final class OccupationClassification {

    static final String FILE = "db/reference/occupations_isco08.csv";

    /** One row of the file. */
    public record Row(String code, int level, String parentCode, String titleFi, String titleSv, String titleEn) {}

    private OccupationClassification() {}

    public static List<Row> load() {
        InputStream in = OccupationClassification.class.getClassLoader().getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException("Reference data file missing from the build: " + FILE);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = cells(reader.readLine());
            if (!header.equals(List.of("code", "level", "parent_code", "title_fi", "title_sv", "title_en"))) {
                throw new IllegalStateException(FILE + ": unexpected header " + header);
            }
            List<Row> rows = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> c = cells(line);
                if (c.size() != 6) {
                    throw new IllegalStateException(
                            FILE + " line " + number + ": expected 6 columns, found " + c.size());
                }
                rows.add(new Row(
                        c.get(0),
                        Integer.parseInt(c.get(1)),
                        blank(c.get(2)),
                        blank(c.get(3)),
                        blank(c.get(4)),
                        c.get(5)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one RFC 4180 line: fields may be double-quoted, a quote inside a quoted field is doubled. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
