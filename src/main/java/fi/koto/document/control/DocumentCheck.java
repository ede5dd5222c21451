package fi.koto.document.control;

import fi.koto.document.entity.DocumentType;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.Reason;
import fi.koto.platform.failure.TooLargeException;
import fi.koto.platform.rest.BoundedBody;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Decides whether a file may be kept as a document, before anything of it is stored: a name that is left after
 * sanitising, not empty, not over the size limit, an extension Koto accepts, content that really is a PDF or an
 * office file ({@link ContentSniffer}) and is neither damaged, a zip bomb, macro-enabled nor password-protected,
 * and a content type that agrees with the extension. Every refusal names the file and the rule. Pure: no
 * container, no database.
 */
public final class DocumentCheck {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** A file that passed: its safe name, its type, its bytes and their SHA-256 in hex. */
    public record Checked(String fileName, DocumentType type, byte[] content, String sha256) {}

    private final long maxBytes;
    private final ContentSniffer sniffer;

    public DocumentCheck(long maxBytes) {
        this(maxBytes, ContentSniffer.DEFAULT_LIMITS);
    }

    public DocumentCheck(long maxBytes, ZipInspection.Limits zipLimits) {
        this.maxBytes = maxBytes;
        this.sniffer = new ContentSniffer(zipLimits);
    }

    /** The configured limit ({@code KOTO_ATTACHMENT_MAX_BYTES}); 10 MiB when unset or not a positive number. */
    public static long maxBytes(String configured) {
        try {
            long value =
                    configured == null || configured.isBlank() ? DEFAULT_MAX_BYTES : Long.parseLong(configured.trim());
            return value > 0 ? value : DEFAULT_MAX_BYTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_BYTES;
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The sanitised name; refused when nothing is left of it. */
    public String fileName(String given) {
        String name = FileNames.sanitise(given);
        if (name.isEmpty()) {
            throw new InvalidInputException("document.name.required", DocumentType.extensions());
        }
        return name;
    }

    /** Reads and checks an upload. */
    public Checked check(Upload upload) {
        String name = fileName(upload.fileName());
        return check(name, read(name, upload.declaredLength(), upload.content()));
    }

    public Checked check(String givenName, byte[] content) {
        String name = fileName(givenName);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("document.refused.empty", name);
        }
        if (content.length > maxBytes) {
            throw tooLarge(name);
        }
        DocumentType claimed = DocumentType.ofFileName(name)
                .orElseThrow(
                        () -> new InvalidInputException("document.refused.extension", name, DocumentType.extensions()));
        DocumentType actual;
        try {
            actual = sniffer.sniff(content)
                    .orElseThrow(() -> new InvalidInputException(
                            "document.refused.content", name, label(claimed), "." + claimed.extension()));
        } catch (ContentSniffer.Refused refused) {
            throw new InvalidInputException("document.refused." + refused.rule(), name);
        }
        if (actual != claimed) {
            throw new InvalidInputException(
                    "document.refused.mismatch", name, label(actual), "." + claimed.extension());
        }
        return new Checked(name, actual, content, sha256(content));
    }

    /** Refuses a file over the limit, naming it and the limit. */
    public TooLargeException tooLarge(String name) {
        return new TooLargeException("document.refused.tooLarge", name, maxBytes / (1024.0 * 1024.0), maxBytes);
    }

    /**
     * Reads at most the limit; a longer body is refused (after draining a little more of it, so the client reads
     * the answer) and one declared far longer is refused without reading.
     */
    byte[] read(String name, Long declaredLength, InputStream body) {
        return BoundedBody.read(declaredLength, body, maxBytes, () -> tooLarge(name));
    }

    static Reason label(DocumentType type) {
        return Reason.of("document.type." + type.name());
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
