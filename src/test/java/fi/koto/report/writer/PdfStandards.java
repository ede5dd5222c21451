package fi.koto.report.writer;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates a PDF with veraPDF (the PDF Association's reference validator, greenfield parser) against PDF/UA-1
 * and PDF/A-2a and lists every failed rule (specification clause, test number, what failed and where).
 */
public final class PdfStandards {

    public static final PDFAFlavour PDF_UA_1 = PDFAFlavour.PDFUA_1;
    public static final PDFAFlavour PDF_A_2A = PDFAFlavour.PDFA_2_A;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfStandards() {}

    /** The failed rules of {@code flavour}, one line each; empty if the document conforms. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber() + " " + assertion.getMessage() + " at "
                            + assertion.getLocation().getContext());
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.add("not compliant, no failed assertion listed");
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the document", e);
        }
    }
}
