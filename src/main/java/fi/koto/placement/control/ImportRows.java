package fi.koto.placement.control;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * The rows of an import file one at a time, with their line numbers (1 is the header): CSV lines, or the rows of
 * the first sheet of an XLSX read as a stream (StAX over the sheet XML), so memory stays flat however long the file.
 */
public abstract class ImportRows implements Closeable {

    /** One row: its line (spreadsheet row number) and its cells as text. */
    public record RawRow(int line, List<String> cells) implements java.io.Serializable {

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The only cell of the row the reader hands on for a file whose header is not the expected one. */
    public static final String HEADER_MISMATCH = "\u0000header";

    /** The next row, or null at the end. */
    public abstract RawRow next();

    public static ImportRows of(ImportFileCheck.Format format, byte[] content) {
        return format == ImportFileCheck.Format.XLSX ? new Xlsx(content) : new Csv(content);
    }

    /** Counts the rows after the header that are not blank. */
    public static int count(ImportFileCheck.Format format, byte[] content) {
        int rows = 0;
        try (ImportRows all = of(format, content)) {
            RawRow row;
            while ((row = all.next()) != null) {
                if (row.line() > 1 && !row.blank()) {
                    rows++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static final class Csv extends ImportRows {

        private final BufferedReader lines;
        private char delimiter = ',';
        private int line;

        Csv(byte[] content) {
            ImportFileCheck.csvText(content); // refuses what is not UTF-8 text
            int start = content.length >= 3
                            && (content[0] & 0xFF) == 0xEF
                            && (content[1] & 0xFF) == 0xBB
                            && (content[2] & 0xFF) == 0xBF
                    ? 3
                    : 0;
            this.lines = new BufferedReader(new InputStreamReader(
                    new ByteArrayInputStream(content, start, content.length - start), StandardCharsets.UTF_8));
        }

        @Override
        public RawRow next() {
            try {
                String text = lines.readLine();
                if (text == null) {
                    return null;
                }
                line++;
                if (line == 1) {
                    Character d = ImportFileCheck.headerDelimiter(text.strip());
                    delimiter = d == null ? ',' : d;
                }
                return new RawRow(line, split(text, delimiter));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Splits one line; a cell in double quotes may hold the delimiter, and "" is a quote. */
        static List<String> split(String text, char delimiter) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == delimiter) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    static final class Xlsx extends ImportRows {

        static {
            ZipSecureFile.setMinInflateRatio(0.01);
            ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
        }

        private final Path file;
        private final OPCPackage pkg;
        private final ReadOnlySharedStringsTable strings;
        private final InputStream sheet;
        private final XMLStreamReader xml;
        private int previous;

        Xlsx(byte[] content) {
            try {
                file = Files.createTempFile("koto-import", ".xlsx");
                Files.write(file, content);
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFReader reader = new XSSFReader(pkg);
                strings = new ReadOnlySharedStringsTable(pkg, false);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new IllegalStateException("The workbook has no sheet");
                }
                sheet = sheets.next();
                XMLInputFactory factory = XMLInputFactory.newFactory();
                factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
                factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
                xml = factory.createXMLStreamReader(sheet);
            } catch (Exception e) {
                throw new IllegalStateException("The workbook cannot be read: " + e.getMessage(), e);
            }
        }

        @Override
        public RawRow next() {
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                        String r = xml.getAttributeValue(null, "r");
                        int line = r == null ? previous + 1 : Integer.parseInt(r);
                        previous = line;
                        return new RawRow(line, cells());
                    }
                }
                return null;
            } catch (XMLStreamException e) {
                throw new IllegalStateException("The sheet cannot be read: " + e.getMessage(), e);
            }
        }

        private List<String> cells() throws XMLStreamException {
            List<String> cells = new ArrayList<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                    String ref = xml.getAttributeValue(null, "r");
                    String type = xml.getAttributeValue(null, "t");
                    int column = ref == null ? cells.size() : column(ref);
                    String value = cellValue(type);
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    if (cells.size() == column) {
                        cells.add(value);
                    } else {
                        cells.set(column, value);
                    }
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank() && cells.size() > 6) {
                cells.remove(cells.size() - 1);
            }
            return cells;
        }

        private String cellValue(String type) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT
                        && ("v".equals(xml.getLocalName()) || "t".equals(xml.getLocalName()))) {
                    text.append(xml.getElementText());
                }
            }
            String raw = text.toString();
            if ("s".equals(type)) {
                try {
                    return strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                } catch (RuntimeException e) {
                    return "";
                }
            }
            if ("b".equals(type)) {
                return "1".equals(raw.trim()) ? "true" : "false";
            }
            return raw;
        }

        static int column(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }

        @Override
        public void close() throws IOException {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // closing anyway
            }
            sheet.close();
            pkg.revert();
            Files.deleteIfExists(file);
        }
    }
}
