package fi.koto.report.writer;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfICCBased;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * What makes a report PDF accessible (PDF/UA-1, ISO 14289-1) and archival (PDF/A-2a, ISO 19005-2) with OpenPDF's
 * low-level API: the document's language and title, a structure tree written as the pages are, marked content that
 * ties each piece of text to its structure element, artifacts for what is only decoration or pagination, an output
 * intent and XMP metadata that name both standards. The report writer lays out the page; this class tags it.
 * <p>
 * OpenPDF keeps every structure element in memory until the document closes. A report has a structure element per
 * table cell, so each row's elements are written out as soon as the row is on its page and only their references
 * are kept (the parent tree of each page); memory stays flat however long the report is. The structure tree root
 * gets the finished {@code Document} element as its single kid, so OpenPDF's own tree writing, which cannot follow
 * references, has nothing left to do but write the root and the parent tree.
 * <p>
 * The output intent's profile is the sRGB profile the JDK itself builds in (generated with Little CMS, described
 * "sRGB built-in", with no copyright tag); see docs/architecture.md, "Accessible and archival reports".
 */
final class ArchivalPdf {

    static final PdfName TABLE = new PdfName("Table");
    static final PdfName THEAD = new PdfName("THead");
    static final PdfName TBODY = new PdfName("TBody");
    static final PdfName TR = new PdfName("TR");
    static final PdfName TH = new PdfName("TH");
    static final PdfName TD = new PdfName("TD");
    static final PdfName H1 = new PdfName("H1");
    static final PdfName H2 = new PdfName("H2");
    static final PdfName P = new PdfName("P");
    static final PdfName DOCUMENT = new PdfName("Document");

    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COLUMN = new PdfName("Column");
    private static final PdfName COL_SPAN = new PdfName("ColSpan");
    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final PdfName LAYOUT = new PdfName("Layout");
    private static final PdfName FOOTER = new PdfName("Footer");
    private static final PdfName GTS_PDFA1 = new PdfName("GTS_PDFA1");
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    /** The JDK's built-in sRGB profile, read once. */
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final PdfWriter writer;
    private final Locale locale;
    private PdfStructureElement document;

    /** Sets up the writer before the document opens: PDF 1.7, tagged, language, title shown, output intent. */
    ArchivalPdf(PdfWriter writer, Locale locale) throws IOException {
        this.writer = writer;
        this.locale = locale;
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // object streams: a structure element per cell is an object of its own; packed, they add little to the file
        writer.setFullCompression();
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        PdfDictionary catalog = writer.getExtraCatalog();
        catalog.put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
    }

    /** Adds the output intent and starts the structure tree; call once the document is open. */
    void opened() throws IOException {
        PdfDictionary catalog = writer.getExtraCatalog();
        PdfICCBased profile = new PdfICCBased(ICC_Profile.getInstance(SRGB), writer.getCompressionLevel());
        PdfIndirectReference profileRef = writer.addToBody(profile).getIndirectReference();
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.DESTOUTPUTPROFILE, profileRef);
        catalog.put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    /** The {@code Document} element, the root of the report's structure. */
    PdfStructureElement document() {
        if (document == null) {
            document = new PdfStructureElement(writer.getStructureTreeRoot(), DOCUMENT);
        }
        return document;
    }

    static PdfStructureElement element(PdfStructureElement parent, PdfName type) {
        return new PdfStructureElement(parent, type);
    }

    /** A header cell of a column. */
    static PdfStructureElement columnHeader(PdfStructureElement row) {
        PdfStructureElement th = new PdfStructureElement(row, TH);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, TABLE);
        attributes.put(SCOPE, COLUMN);
        th.put(PdfName.A, attributes);
        return th;
    }

    /** A data cell that spans {@code columns} columns. */
    static PdfStructureElement spanningCell(PdfStructureElement row, int columns) {
        PdfStructureElement td = new PdfStructureElement(row, TD);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, TABLE);
        attributes.put(COL_SPAN, new PdfNumber(columns));
        td.put(PdfName.A, attributes);
        return td;
    }

    /** Starts content of {@code element} on {@code canvas}; end it with {@link PdfContentByte#endMarkedContentSequence()}. */
    static void begin(PdfContentByte canvas, PdfStructureElement element) {
        canvas.beginMarkedContentSequence(element);
    }

    /** Starts content that repeats for pagination (a table's header row on the pages after its first). */
    static void beginPagination(PdfContentByte canvas) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, PAGINATION);
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
    }

    /** Starts a page's footer. */
    static void beginFooter(PdfContentByte canvas) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, PAGINATION);
        properties.put(PdfName.SUBTYPE, FOOTER);
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
    }

    /** Starts decoration: rules and fills that carry no meaning of their own. */
    static void beginLayout(PdfContentByte canvas) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, LAYOUT);
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
    }

    /**
     * Writes a finished element and everything below it that is still in memory, and puts its reference in its
     * parent's kids in place of the element itself, so that neither is held any longer than needed.
     */
    void finish(PdfStructureElement element) throws IOException {
        PdfObject kids = element.get(PdfName.K);
        if (kids instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getPdfObject(i) instanceof PdfStructureElement kid) {
                    finish(kid);
                }
            }
        }
        writer.addToBody(element, element.getReference());
        PdfObject siblings =
                element.getParent() == null ? null : element.getParent().get(PdfName.K);
        if (siblings instanceof PdfArray array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (array.getPdfObject(i) == element) {
                    array.set(i, element.getReference());
                    break;
                }
            }
        }
    }

    /**
     * Finishes the structure tree and the metadata; call just before the document closes. The XMP repeats the
     * document information (title, creator, producer, dates) as PDF/A asks, names PDF/A-2a and PDF/UA-1, and
     * describes the PDF/UA identification schema, which PDF/A-2 does not know by itself.
     */
    void close() throws IOException {
        PdfStructureElement root = document();
        finish(root);
        writer.getStructureTreeRoot().put(PdfName.K, root.getReference());
        var bytes = new ByteArrayOutputStream();
        XmpWriter xmp = new XmpWriter(bytes, writer.getInfo(), PdfWriter.PDFXNONE);
        xmp.addRdfDescription(
                "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
                "<dc:language><rdf:Bag><rdf:li>" + locale.toLanguageTag() + "</rdf:li></rdf:Bag></dc:language>");
        xmp.addRdfDescription(
                "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"",
                "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>");
        xmp.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"", "<pdfuaid:part>1</pdfuaid:part>");
        xmp.addRdfDescription(
                "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                        + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                        + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"",
                "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
                        + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>"
                        + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>"
                        + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"
                        + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">"
                        + "<pdfaProperty:name>part</pdfaProperty:name>"
                        + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>"
                        + "<pdfaProperty:category>internal</pdfaProperty:category>"
                        + "<pdfaProperty:description>Part of ISO 14289 the document conforms to"
                        + "</pdfaProperty:description>"
                        + "</rdf:li></rdf:Seq></pdfaSchema:property>"
                        + "</rdf:li></rdf:Bag></pdfaExtension:schemas>");
        xmp.close();
        writer.setXmpMetadata(bytes.toByteArray());
    }
}
