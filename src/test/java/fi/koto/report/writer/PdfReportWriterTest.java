package fi.koto.report.writer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Re-opens what the PDF writer wrote, with OpenPDF's reader and text extraction. */
class PdfReportWriterTest {

    @Test
    void titleSamiNamesHeadersOnEveryPageAndPageNumbersArePrinted() throws IOException {
        byte[] bytes = SampleReport.write(ReportFormat.PDF, 250);
        var reader = new PdfReader(bytes);
        try {
            int pages = reader.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            // what is printed, artifacts included: the repeated header rows and the footers are artifacts, which
            // OpenPDF's extractor (like a screen reader) leaves out
            var extractor = new Printed(bytes);
            String first = text(extractor, 1);
            assertThat(first)
                    .contains(SampleReport.TITLE)
                    .contains("1. neljännes 2026")
                    .contains("Tilanne")
                    .contains("Lapin elinvoimakeskus")
                    .contains("Inari (Anár)")
                    .contains("Utsjoki (Ohcejohka)")
                    .contains("Kunnittain");
            String second = text(extractor, 2);
            assertThat(second)
                    .as("the header row is repeated")
                    .contains("Sovitut")
                    .contains("Käyttöaste");
            assertThat(second).contains("Sivu 2 / " + pages);
            assertThat(first)
                    .contains("Sivu 1 / " + pages)
                    .contains("12 345,67")
                    .contains("45,7");
            assertThat(first).contains("1.1.2025").contains("kyllä");
            assertThat(text(extractor, pages)).contains("Ei rivejä");
        } finally {
            reader.close();
        }
    }

    /** The page's text with runs of spaces (the no-break spaces of Finnish number formats among them) as one space. */
    static String text(PdfTextExtractor extractor, int page) throws IOException {
        return extractor.getTextFromPage(page).replaceAll("[\\s\u00a0\u202f]+", " ");
    }

    static String text(Printed printed, int page) throws IOException {
        return printed.getTextFromPage(page).replaceAll("[\\s\u00a0\u202f]+", " ");
    }

    /** Everything printed on a page, read with PDFBox, which keeps artifacts. */
    static final class Printed {
        private final byte[] pdf;

        Printed(byte[] pdf) {
            this.pdf = pdf;
        }

        String getTextFromPage(int page) throws IOException {
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                return stripper.getText(document);
            }
        }
    }

    @Test
    void fontsAreEmbeddedAndWideSectionsAreLandscape() throws IOException {
        byte[] bytes = SampleReport.write(ReportFormat.PDF, 40);
        var reader = new PdfReader(bytes);
        try {
            Set<String> embedded = new HashSet<>();
            Set<String> notEmbedded = new HashSet<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                PdfDictionary fonts =
                        reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
                for (PdfName key : fonts.getKeys()) {
                    PdfDictionary font = fonts.getAsDict(key);
                    String name = font.getAsName(PdfName.BASEFONT).toString();
                    PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS) == null
                            ? font
                            : font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                    PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
                    boolean hasFile = descriptor != null
                            && (descriptor.get(PdfName.FONTFILE2) != null
                                    || descriptor.get(PdfName.FONTFILE) != null
                                    || descriptor.get(PdfName.FONTFILE3) != null);
                    (hasFile ? embedded : notEmbedded).add(name);
                }
            }
            assertThat(notEmbedded).isEmpty();
            assertThat(embedded).anyMatch(n -> n.contains("DejaVuSans")).anyMatch(n -> n.contains("DejaVuSans-Bold"));
            // six columns fit upright
            assertThat(reader.getPageSize(1).getWidth())
                    .isLessThan(reader.getPageSize(1).getHeight());
        } finally {
            reader.close();
        }
    }

    @Test
    void aSectionWithManyColumnsIsPrintedInLandscape() throws IOException {
        var columns = new java.util.ArrayList<Column>();
        for (int i = 0; i < 10; i++) {
            columns.add(new Column("Sarake " + i, i == 0 ? ColumnType.TEXT : ColumnType.INTEGER));
        }
        var out = new java.io.ByteArrayOutputStream();
        try (ReportWriter writer = ReportFormat.PDF.open(out, SampleReport.header(java.util.Locale.ENGLISH))) {
            writer.section(SampleReport.MUNICIPALITIES);
            writer.row(SampleReport.row(0));
            writer.section(new Section("Wide", columns));
            writer.row("Enare", 1, 2, 3, 4, 5, 6, 7, 8, 9);
        }
        var reader = new PdfReader(out.toByteArray());
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(2);
            assertThat(reader.getPageSizeWithRotation(1).getWidth())
                    .isLessThan(reader.getPageSizeWithRotation(1).getHeight());
            assertThat(reader.getPageSizeWithRotation(2).getWidth())
                    .isGreaterThan(reader.getPageSizeWithRotation(2).getHeight());
            assertThat(text(new PdfTextExtractor(reader), 2))
                    .contains("Sarake 9")
                    .contains("Enare");
        } finally {
            reader.close();
        }
    }
}
