package fi.koto.document.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file Koto accepts as attachments and decision documents: PDF and office files, each with the one
 * media type it is served with and the file name extension it must carry. What a file is, is decided from its
 * content ({@code fi.koto.document.control.DocumentCheck}); the extension must agree.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls");

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose extension the file name ends with (case does not matter), if it is one Koto accepts. */
    public static Optional<DocumentType> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.extension.equals(extension))
                .findFirst();
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(t -> t.mediaType.equals(mediaType))
                .findFirst();
    }

    /** The extensions accepted, for messages and for the file picker: ".pdf, .docx, ...". */
    public static String extensions() {
        return String.join(", ", allExtensions());
    }

    public static List<String> allExtensions() {
        return Arrays.stream(values()).map(t -> "." + t.extension).toList();
    }
}
