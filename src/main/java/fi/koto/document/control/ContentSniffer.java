package fi.koto.document.control;

import fi.koto.document.entity.DocumentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Tells from the bytes alone which accepted kind of document a file is, never from its name or declared type:
 * <ul>
 * <li>PDF: the {@code %PDF-} header at the very start (not merely somewhere early, as lenient readers allow) and the {@code %%EOF} marker near the end (a file cut
 * off in transfer lacks it);
 * <li>OOXML (docx, xlsx, pptx): a ZIP container whose {@code [Content_Types].xml} declares the main part of a
 * document, workbook or presentation, and that part is there; the macro-enabled variants are refused;
 * <li>OpenDocument (odt, ods, odp): a ZIP container whose {@code mimetype} entry names the kind, with its
 * {@code content.xml};
 * <li>legacy Office (doc, xls): an OLE2 compound file of whole sectors with a {@code WordDocument} or
 * {@code Workbook} stream that can be read to its end; a password-protected OOXML file (an OLE2 file with an {@code EncryptedPackage}) is
 * refused.
 * </ul>
 * Anything else (an executable, HTML, a plain ZIP) is not recognised. Pure.
 */
final class ContentSniffer {

    /** 5,000 entries, 256 MiB in all, and at most 100 times the file's size once past 16 MiB. */
    static final ZipInspection.Limits DEFAULT_LIMITS =
            new ZipInspection.Limits(5000, 256L * 1024 * 1024, 100, 16L * 1024 * 1024);

    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String MIMETYPE = "mimetype";
    private static final Map<String, DocumentType> OOXML_MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", DocumentType.DOCX,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", DocumentType.XLSX,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", DocumentType.PPTX);
    private static final Set<String> MACRO_MAIN_PARTS = Set.of(
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml");
    /** The main stream of each legacy kind; {@code Book} is the stream of Excel 5 and 95 workbooks. */
    private static final List<Map.Entry<String, DocumentType>> LEGACY_STREAMS = List.of(
            Map.entry("WordDocument", DocumentType.DOC),
            Map.entry("Workbook", DocumentType.XLS),
            Map.entry("Book", DocumentType.XLS));

    private static final Set<DocumentType> ODF = Set.of(DocumentType.ODT, DocumentType.ODS, DocumentType.ODP);

    /** A file that looks like an accepted kind but breaks a rule: {@code damaged}, {@code zipBomb}, ... */
    static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;
        private final String rule;

        Refused(String rule) {
            super(rule, null, false, false);
            this.rule = rule;
        }

        String rule() {
            return rule;
        }
    }

    private final ZipInspection.Limits zipLimits;

    ContentSniffer(ZipInspection.Limits zipLimits) {
        this.zipLimits = zipLimits;
    }

    /** The kind of document, or empty when the content is none that Koto accepts. */
    Optional<DocumentType> sniff(byte[] content) throws Refused {
        if (indexOf(content, "%PDF-", 0, Math.min(content.length, 5)) == 0) {
            return Optional.of(pdf(content));
        }
        if (startsWith(content, OLE2)) {
            return legacyOffice(content);
        }
        if (ZipInspection.looksLikeZip(content)) {
            return zipped(content);
        }
        return Optional.empty();
    }

    private static DocumentType pdf(byte[] content) throws Refused {
        int tail = Math.max(0, content.length - 1024);
        if (indexOf(content, "%%EOF", tail, content.length) < 0) {
            throw new Refused("damaged");
        }
        return DocumentType.PDF;
    }

    private static Optional<DocumentType> legacyOffice(byte[] content) throws Refused {
        if (!wholeSectors(content)) {
            throw new Refused("damaged");
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                throw new Refused("encrypted");
            }
            for (var stream : LEGACY_STREAMS) {
                if (root.hasEntry(stream.getKey())) {
                    try (InputStream in = root.createDocumentInputStream(stream.getKey())) {
                        in.readAllBytes(); // a cut-off file fails here, when the stream's sectors are missing
                    }
                    return Optional.of(stream.getValue());
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new Refused("damaged");
        }
    }

    /**
     * An OLE2 file is made of whole sectors of 512 bytes (version 3) or 4,096 bytes (version 4), the header being
     * the first: a file cut off in transfer almost never ends at a sector boundary.
     */
    private static boolean wholeSectors(byte[] content) {
        if (content.length < 512) {
            return false;
        }
        int sectorShift = (content[30] & 0xFF) | (content[31] & 0xFF) << 8;
        return (sectorShift == 9 || sectorShift == 12) && content.length % (1 << sectorShift) == 0;
    }

    private Optional<DocumentType> zipped(byte[] content) throws Refused {
        ZipInspection.Contents zip;
        try {
            zip = ZipInspection.inspect(content, zipLimits, Set.of(CONTENT_TYPES, MIMETYPE));
        } catch (ZipInspection.Refused e) {
            throw new Refused(e.problem() == ZipInspection.Problem.BOMB ? "zipBomb" : "damaged");
        }
        if (zip.has(MIMETYPE)) {
            String declared = zip.entry(MIMETYPE)
                    .map(b -> new String(b, StandardCharsets.US_ASCII).strip())
                    .orElse("");
            return ODF.stream()
                    .filter(t -> t.mediaType().equals(declared) && zip.has("content.xml"))
                    .findFirst();
        }
        if (zip.has(CONTENT_TYPES)) {
            return ooxml(zip);
        }
        return Optional.empty();
    }

    private static Optional<DocumentType> ooxml(ZipInspection.Contents zip) throws Refused {
        byte[] types = zip.entry(CONTENT_TYPES).orElse(null);
        if (types == null) {
            return Optional.empty();
        }
        NodeList overrides;
        try {
            DocumentBuilder parser = secureParser().newDocumentBuilder();
            parser.setErrorHandler(THROWING); // the default handler prints every parse error to stderr
            overrides = parser.parse(new ByteArrayInputStream(types)).getElementsByTagNameNS("*", "Override");
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new Refused("damaged");
        }
        for (int i = 0; i < overrides.getLength(); i++) {
            Element override = (Element) overrides.item(i);
            String type = override.getAttribute("ContentType").strip();
            String part = override.getAttribute("PartName").strip();
            part = part.startsWith("/") ? part.substring(1) : part;
            if (MACRO_MAIN_PARTS.contains(type)) {
                throw new Refused("macros");
            }
            if (OOXML_MAIN_PARTS.containsKey(type) && zip.has(part)) {
                return Optional.of(OOXML_MAIN_PARTS.get(type));
            }
        }
        return Optional.empty();
    }

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not make the part unreadable
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** No DTDs, so no external entities and no entity expansion. */
    private static DocumentBuilderFactory secureParser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where the ASCII text starts in {@code content[from, to)}, or -1. */
    static int indexOf(byte[] content, String text, int from, int to) {
        byte[] wanted = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i + wanted.length <= to; i++) {
            int j = 0;
            while (j < wanted.length && content[i + j] == wanted[j]) {
                j++;
            }
            if (j == wanted.length) {
                return i;
            }
        }
        return -1;
    }
}
