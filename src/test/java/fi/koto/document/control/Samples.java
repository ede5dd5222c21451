package fi.koto.document.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real, tiny documents of every accepted kind, and a few impostors, made in memory for the tests. */
public final class Samples {

    private Samples() {}

    public static byte[] pdf() {
        String body = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R /Size 4 >>
                %%EOF
                """;
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] docx() {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Kaupunginvaltuuston päätös");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx() {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Kuntapaikat").createRow(0).createCell(0).setCellValue(42);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook as POI's streaming writer (SXSSF) makes it: entries with Zip64 data descriptors. */
    public static byte[] streamedXlsx() {
        try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(10);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Kuntapaikat");
            for (int r = 0; r < 100; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pptx() {
        try (var show = new XMLSlideShow();
                var out = new ByteArrayOutputStream()) {
            show.createSlide();
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xls() {
        try (var workbook = new HSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Kuntapaikat").createRow(0).createCell(0).setCellValue(42);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OLE2 compound file with a WordDocument stream, as Word 97-2003 writes. */
    public static byte[] doc() {
        return ole2("WordDocument", new byte[4096]);
    }

    /** How Office keeps a password-protected docx: an OLE2 file with the encrypted package inside. */
    public static byte[] encryptedDocx() {
        return ole2("EncryptedPackage", new byte[4096]);
    }

    static byte[] ole2(String stream, byte[] content) {
        try (var fs = new POIFSFileSystem();
                var out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(content), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument file: the stored mimetype entry first, then content.xml and the manifest. */
    public static byte[] odf(String mimetype) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            var entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            var crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.closeEntry();
            put(
                    zip,
                    "content.xml",
                    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:"
                            + "office:1.0\" office:version=\"1.3\"><office:body/></office:document-content>");
            put(
                    zip,
                    "META-INF/manifest.xml",
                    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:" + "xmlns:manifest:1.0\"/>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] odt() {
        return odf("application/vnd.oasis.opendocument.text");
    }

    /** A ZIP of the given names and texts. */
    public static byte[] zip(String... namesAndTexts) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                put(zip, namesAndTexts[i], namesAndTexts[i + 1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Word file with macros (docm): refused even when named .docx. */
    public static byte[] docm() {
        return zip(
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document."
                        + "macroEnabled.main+xml\"/></Types>",
                "word/document.xml",
                "<w:document/>",
                "word/vbaProject.bin",
                "x");
    }

    /** A Windows executable's first bytes. */
    public static byte[] exe() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        return exe;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
