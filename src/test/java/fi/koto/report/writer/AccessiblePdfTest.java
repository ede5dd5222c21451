package fi.koto.report.writer;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The PDF writer's tagging and archival form: veraPDF finds no failed rule of PDF/UA-1 or PDF/A-2a; the catalog
 * carries the language, the title shown in the window and the structure tree, whose order is the reading order;
 * what a reader of the tags gets (OpenPDF's extractor follows marked content and leaves artifacts out) is the
 * report once, without the repeated header rows and footers.
 */
class AccessiblePdfTest {

    @Test
    void theSampleReportIsPdfUa1AndPdfA2a() throws IOException {
        byte[] bytes = SampleReport.write(ReportFormat.PDF, 250);
        assertThat(PdfStandards.failures(bytes, PdfStandards.PDF_UA_1)).isEmpty();
        assertThat(PdfStandards.failures(bytes, PdfStandards.PDF_A_2A)).isEmpty();
    }

    @Test
    void aReportWithoutSectionsAndOneInSwedishAreValidToo() throws IOException {
        var out = new ByteArrayOutputStream();
        try (ReportWriter writer = ReportFormat.PDF.open(out, SampleReport.header(Locale.forLanguageTag("sv")))) {
            // nothing but the title page
        }
        assertThat(PdfStandards.failures(out.toByteArray(), PdfStandards.PDF_UA_1))
                .isEmpty();
        assertThat(PdfStandards.failures(out.toByteArray(), PdfStandards.PDF_A_2A))
                .isEmpty();
        var reader = new PdfReader(out.toByteArray());
        try {
            assertThat(reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString())
                    .isEqualTo("sv");
        } finally {
            reader.close();
        }
    }

    @Test
    void catalogMetadataAndStructureTree() throws IOException {
        byte[] bytes = SampleReport.write(ReportFormat.PDF, 250);
        var reader = new PdfReader(bytes);
        try {
            PdfDictionary catalog = reader.getCatalog();
            assertThat(catalog.getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("fi");
            assertThat(catalog.getAsDict(PdfName.VIEWERPREFERENCES).get(PdfName.DISPLAYDOCTITLE))
                    .hasToString("true");
            assertThat(catalog.getAsDict(PdfName.MARKINFO).get(PdfName.MARKED)).hasToString("true");
            PdfDictionary intent = catalog.getAsArray(PdfName.OUTPUTINTENTS).getAsDict(0);
            assertThat(intent.getAsName(PdfName.S)).hasToString("/GTS_PDFA1");
            assertThat(intent.get(PdfName.DESTOUTPUTPROFILE)).isNotNull();
            String xmp = new String(reader.getMetadata(), StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains("<pdfaid:part>2</pdfaid:part>")
                    .contains("<pdfuaid:part>1</pdfuaid:part>")
                    .contains(SampleReport.TITLE);

            List<String> types = new ArrayList<>();
            List<String> headerScopes = new ArrayList<>();
            walk(catalog.getAsDict(PdfName.STRUCTTREEROOT), types, headerScopes);
            // the reading order: the title, the facts, each section's heading and table
            assertThat(types.subList(0, 6)).containsExactly("Document", "H1", "P", "P", "P", "H2");
            assertThat(types).contains("Table", "THead", "TBody", "TR", "TH", "TD");
            assertThat(types.stream().filter("H2"::equals).count()).isEqualTo(2);
            assertThat(types.stream().filter("Table"::equals).count()).isEqualTo(2);
            // one header row with a header cell per column, each with the column scope; the first table's
            // 250 rows of 6 cells and the empty section's "no rows" cell
            assertThat(headerScopes).hasSize(7).containsOnly("/Column");
            assertThat(types.stream().filter("TD"::equals).count()).isEqualTo(250 * 6 + 1);
        } finally {
            reader.close();
        }
    }

    @Test
    void theTaggedTextHasTheSamiNamesOnceAndNoPagination() throws IOException {
        byte[] bytes = SampleReport.write(ReportFormat.PDF, 250);
        var reader = new PdfReader(bytes);
        try {
            var extractor = new PdfTextExtractor(reader);
            String first = PdfReportWriterTest.text(extractor, 1);
            assertThat(first)
                    .contains(SampleReport.TITLE)
                    .contains("Inari (Anár)")
                    .contains("Utsjoki (Ohcejohka)")
                    .contains("Kunta Sovitut paikat")
                    .doesNotContain("Sivu 1 /");
            String second = PdfReportWriterTest.text(extractor, 2);
            assertThat(second).doesNotContain("Sovitut").doesNotContain("Sivu 2");
            assertThat(second).contains("Kunta 60");
        } finally {
            reader.close();
        }
    }

    /** The structure types in the tree's order, and the scope of every header cell. */
    private static void walk(PdfDictionary node, List<String> types, List<String> scopes) {
        PdfObject kids = PdfReader.getPdfObject(node.get(PdfName.K));
        List<PdfObject> list = new ArrayList<>();
        if (kids instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                list.add(array.getDirectObject(i));
            }
        } else if (kids != null) {
            list.add(kids);
        }
        for (PdfObject kid : list) {
            if (kid instanceof PdfDictionary element && element.get(PdfName.S) != null) {
                String type = element.getAsName(PdfName.S).toString().substring(1);
                types.add(type);
                if ("TH".equals(type)) {
                    scopes.add(element.getAsDict(PdfName.A)
                            .getAsName(new PdfName("Scope"))
                            .toString());
                }
                walk(element, types, scopes);
            }
        }
    }
}
