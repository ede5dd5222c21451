package fi.koto.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void theExtendedNameWinsOverThePlainOne() {
        assertThat(
                        ContentDisposition.fileName(
                                "attachment; filename=\"paatos.pdf\"; filename*=UTF-8''p%C3%A4%C3%A4t%C3%B6s%20%C2%A7%2012.pdf"))
                .isEqualTo("päätös § 12.pdf");
        assertThat(ContentDisposition.fileName("attachment; FILENAME*=iso-8859-1'fi'p%E4%E4t%F6s.pdf"))
                .isEqualTo("päätös.pdf");
    }

    @Test
    void plainNamesQuotedOrNot() {
        assertThat(ContentDisposition.fileName("attachment; filename=\"a \\\"b\\\"; c.pdf\""))
                .isEqualTo("a \"b\"; c.pdf");
        assertThat(ContentDisposition.fileName("form-data; name=\"file\"; filename=report.docx"))
                .isEqualTo("report.docx");
        assertThat(ContentDisposition.fileName("attachment; filename*=nonsense; filename=\"x.pdf\""))
                .isEqualTo("x.pdf");
        assertThat(ContentDisposition.fileName("attachment; filename*=UTF-8''bad%G1.pdf"))
                .isNull();
        assertThat(ContentDisposition.fileName("attachment")).isNull();
        assertThat(ContentDisposition.fileName(null)).isNull();
    }

    @Test
    void aDownloadCarriesAnAsciiFallbackAndTheExactNameEncoded() {
        assertThat(ContentDisposition.attachment("päätös \"§ 12\".pdf"))
                .isEqualTo(
                        "attachment; filename=\"p__t_s __ 12_.pdf\"; filename*=UTF-8''p%C3%A4%C3%A4t%C3%B6s%20%22%C2%A7%2012%22.pdf");
        String header = ContentDisposition.attachment("Kotoutumisohjelma 2026–2029.docx");
        assertThat(ContentDisposition.fileName(header)).isEqualTo("Kotoutumisohjelma 2026–2029.docx");
    }

    @Test
    void aUtf8NameReadAsLatin1IsReadAgain() {
        String misread = new String(
                "päätös – § 12.pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(ContentDisposition.repairUtf8(misread)).isEqualTo("päätös – § 12.pdf");
        assertThat(ContentDisposition.repairUtf8("päätös.pdf"))
                .as("a real Latin-1 name stays")
                .isEqualTo("päätös.pdf");
        assertThat(ContentDisposition.repairUtf8("plain.pdf")).isEqualTo("plain.pdf");
        assertThat(ContentDisposition.repairUtf8("–.pdf")).isEqualTo("–.pdf");
        assertThat(ContentDisposition.repairUtf8(null)).isNull();
    }
}
