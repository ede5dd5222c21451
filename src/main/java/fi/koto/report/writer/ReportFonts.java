package fi.koto.report.writer;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts PDF reports embed: DejaVu Sans (Bitstream Vera licence, in {@code fi/koto/report/fonts} with its
 * LICENSE), which covers Finnish, Swedish and the Sámi letters (á č đ ŋ š ŧ ž). They are read from the
 * application's own classpath, never from the machine's font folders, so a report looks the same everywhere.
 * The bytes are read once; each document gets its own font objects, because a font object keeps state while a
 * subset is written and two reports may be written at the same time.
 */
final class ReportFonts {

    static final String REGULAR = "fi/koto/report/fonts/DejaVuSans.ttf";
    static final String BOLD = "fi/koto/report/fonts/DejaVuSans-Bold.ttf";

    private static final byte[] REGULAR_BYTES = read(REGULAR);
    private static final byte[] BOLD_BYTES = read(BOLD);

    private ReportFonts() {}

    static BaseFont regular() {
        return font("DejaVuSans.ttf", REGULAR_BYTES);
    }

    static BaseFont bold() {
        return font("DejaVuSans-Bold.ttf", BOLD_BYTES);
    }

    private static BaseFont font(String name, byte[] bytes) {
        try {
            // Identity-H with embedding: every Unicode letter is printable and the subset travels with the file
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            // PDF/A-2 and PDF/UA: a CIDSet, which is optional, must list every glyph of the embedded subset, and
            // OpenPDF's lists only those used; without one the font is valid
            font.setIncludeCidSet(false);
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot load the report font " + name, e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
