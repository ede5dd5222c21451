package fi.koto.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.koto.document.entity.DocumentType;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.KotoException;
import fi.koto.platform.failure.Reason;
import fi.koto.platform.failure.TooLargeException;
import fi.koto.platform.i18n.Messages;
import fi.koto.platform.i18n.SupportedLanguage;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DocumentCheckTest {

    private static final long LIMIT = 1024 * 1024;

    private final DocumentCheck check =
            new DocumentCheck(LIMIT, new ZipInspection.Limits(50, 5L * 1024 * 1024, 100, 0));

    private static Reason refusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (KotoException e) {
            return e.reasons().get(0);
        }
        throw new AssertionError("not refused");
    }

    private Reason refusal(String name, byte[] content) {
        return refusal(() -> check.check(name, content));
    }

    @Test
    void genuineDocumentsOfEveryAcceptedKindPass() throws Exception {
        assertThat(check.check("päätös.pdf", Samples.pdf()).type()).isEqualTo(DocumentType.PDF);
        assertThat(check.check("Ohjelma.DOCX", Samples.docx()).type()).isEqualTo(DocumentType.DOCX);
        assertThat(check.check("paikat.xlsx", Samples.xlsx()).type()).isEqualTo(DocumentType.XLSX);
        assertThat(check.check("virrattu.xlsx", Samples.streamedXlsx()).type()).isEqualTo(DocumentType.XLSX);
        assertThat(check.check("esitys.pptx", Samples.pptx()).type()).isEqualTo(DocumentType.PPTX);
        assertThat(check.check("ohjelma.odt", Samples.odt()).type()).isEqualTo(DocumentType.ODT);
        assertThat(check.check("taulukko.ods", Samples.odf(DocumentType.ODS.mediaType()))
                        .type())
                .isEqualTo(DocumentType.ODS);
        assertThat(check.check("esitys.odp", Samples.odf(DocumentType.ODP.mediaType()))
                        .type())
                .isEqualTo(DocumentType.ODP);
        assertThat(check.check("vanha.xls", Samples.xls()).type()).isEqualTo(DocumentType.XLS);
        assertThat(check.check("vanha.doc", Samples.doc()).type()).isEqualTo(DocumentType.DOC);

        byte[] pdf = Samples.pdf();
        var checked = check.check("C:\\fakepath\\päätös.pdf", pdf);
        assertThat(checked.fileName()).isEqualTo("päätös.pdf");
        assertThat(checked.content()).isEqualTo(pdf);
        assertThat(checked.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    }

    @Test
    void disguisedFilesAreRefusedNamingTheFileAndTheRule() {
        Reason exe = refusal("raportti.pdf", Samples.exe());
        assertThat(exe.key()).isEqualTo("document.refused.content");
        assertThat(exe.args()).startsWith("raportti.pdf");
        assertThat(refusal("ohjelma.docx", Samples.html()).key()).isEqualTo("document.refused.content");
        assertThat(refusal("ohjelma.docx", Samples.zip("index.html", "<html/>")).key())
                .isEqualTo("document.refused.content");
        assertThat(refusal("ohjelma.odt", Samples.odf("application/epub+zip")).key())
                .isEqualTo("document.refused.content");
        assertThat(refusal("vanha.doc", Samples.ole2("Installer", new byte[600]))
                        .key())
                .isEqualTo("document.refused.content");

        Reason swapped = refusal("päätös.pdf", Samples.docx());
        assertThat(swapped.key()).isEqualTo("document.refused.mismatch");
        assertThat(swapped.args()).containsExactly("päätös.pdf", Reason.of("document.type.DOCX"), ".pdf");
        assertThat(refusal("paikat.xls", Samples.xlsx()).key()).isEqualTo("document.refused.mismatch");

        assertThat(refusal("setup.exe", Samples.exe()).key()).isEqualTo("document.refused.extension");
        assertThat(refusal("ohjelma.html", Samples.html()).key()).isEqualTo("document.refused.extension");
        assertThat(refusal("ilman-päätettä", Samples.pdf()).key()).isEqualTo("document.refused.extension");
        assertThat(refusal("makrot.docx", Samples.docm()).key()).isEqualTo("document.refused.macros");
        assertThat(refusal("salainen.docx", Samples.encryptedDocx()).key()).isEqualTo("document.refused.encrypted");
    }

    @Test
    void theMessageSaysWhichFileAndWhyInEveryLanguage() {
        Reason reason = refusal("raportti.pdf", Samples.exe());
        for (SupportedLanguage language : SupportedLanguage.values()) {
            String text = Messages.text(language, reason.key(), reason.args().toArray());
            assertThat(text)
                    .as(language.name())
                    .contains("raportti.pdf", ".pdf")
                    .doesNotContain("{");
        }
        assertThat(Messages.text(
                        SupportedLanguage.EN, reason.key(), reason.args().toArray()))
                .contains("PDF document");
    }

    @Test
    void emptyTruncatedAndDamagedFilesAreRefused() {
        assertThat(refusal("tyhjä.pdf", new byte[0]).key()).isEqualTo("document.refused.empty");
        byte[] pdf = Samples.pdf();
        assertThat(refusal("katkennut.pdf", Arrays.copyOf(pdf, pdf.length / 2)).key())
                .isEqualTo("document.refused.damaged");
        byte[] docx = Samples.docx();
        assertThat(refusal("katkennut.docx", Arrays.copyOf(docx, docx.length - 30))
                        .key())
                .isEqualTo("document.refused.damaged");
        assertThat(refusal("katkennut.docx", Arrays.copyOf(docx, docx.length / 2))
                        .key())
                .isEqualTo("document.refused.damaged");
        byte[] xls = Samples.xls();
        assertThat(refusal("katkennut.xls", Arrays.copyOf(xls, 1000)).key()).isEqualTo("document.refused.damaged");
        assertThat(refusal("katkennut.xls", Arrays.copyOf(xls, xls.length - 100))
                        .key())
                .isEqualTo("document.refused.damaged");
        byte[] doc = Samples.doc();
        assertThat(refusal("katkennut.doc", Arrays.copyOf(doc, doc.length - 512))
                        .key())
                .isEqualTo("document.refused.damaged");
        assertThat(refusal("rikki.docx", Samples.zip("[Content_Types].xml", "<Types><Override"))
                        .key())
                .isEqualTo("document.refused.damaged");
    }

    @Test
    void zipBombsAreRefusedByTheirExpansionAndByTheirNumberOfEntries() {
        byte[] bomb = Samples.zip("[Content_Types].xml", "<Types/>", "word/document.xml", "0".repeat(6 * 1024 * 1024));
        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThat(refusal("pommi.docx", bomb).key()).isEqualTo("document.refused.zipBomb");
        String[] many = new String[2 * 60];
        for (int i = 0; i < 60; i++) {
            many[2 * i] = "part" + i;
            many[2 * i + 1] = "x";
        }
        assertThat(refusal("monta.docx", Samples.zip(many)).key()).isEqualTo("document.refused.zipBomb");

        var ratio = new DocumentCheck(LIMIT, new ZipInspection.Limits(50, 500L * 1024 * 1024, 100, 1024 * 1024));
        byte[] dense = Samples.zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "0".repeat(2 * 1024 * 1024));
        assertThatThrownBy(() -> ratio.check("tiivis.xlsx", dense))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((KotoException) e).reasons().get(0).key())
                .isEqualTo("document.refused.zipBomb");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsReadToTheEnd() {
        byte[] big = Arrays.copyOf(Samples.pdf(), (int) LIMIT + 1);
        assertThatThrownBy(() -> check.check("iso.pdf", big)).isInstanceOf(TooLargeException.class);
        var stream = new ByteArrayInputStream(new byte[(int) (10 * LIMIT)]);
        assertThatThrownBy(() -> check.check(new Upload("iso.pdf", null, stream)))
                .isInstanceOf(TooLargeException.class);
        assertThat(stream.available())
                .as("read no further than four times the limit")
                .isGreaterThan(0);
        var declared = new ByteArrayInputStream(Samples.pdf());
        assertThatThrownBy(() -> check.check(new Upload("iso.pdf", 100 * LIMIT, declared)))
                .isInstanceOf(TooLargeException.class);
        assertThat(declared.available()).as("not read at all").isEqualTo(Samples.pdf().length);
        Reason reason = refusal(() -> check.check("iso.pdf", big));
        assertThat(Messages.text(
                        SupportedLanguage.FI, reason.key(), reason.args().toArray()))
                .isEqualTo("Tiedosto \"iso.pdf\" ylittää 1 Mt:n rajan (1048576 tavua).");
        assertThat(check.check(new Upload("pieni.pdf", null, new ByteArrayInputStream(Samples.pdf())))
                        .type())
                .isEqualTo(DocumentType.PDF);

        assertThat(DocumentCheck.maxBytes(null)).isEqualTo(10L * 1024 * 1024);
        assertThat(DocumentCheck.maxBytes("2048")).isEqualTo(2048);
        assertThat(DocumentCheck.maxBytes("-1")).isEqualTo(10L * 1024 * 1024);
        assertThat(DocumentCheck.maxBytes("paljon")).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void aNameWithNothingLeftIsRefused() {
        assertThat(refusal("../..", Samples.pdf()).key()).isEqualTo("document.name.required");
        assertThat(refusal(null, Samples.pdf()).key()).isEqualTo("document.name.required");
        assertThat(refusal(" \u0000\u202E ", Samples.pdf()).key()).isEqualTo("document.name.required");
    }
}
