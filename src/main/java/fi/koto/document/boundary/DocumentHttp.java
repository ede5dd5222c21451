package fi.koto.document.boundary;

import fi.koto.document.control.ContentDisposition;
import fi.koto.document.control.Upload;
import fi.koto.platform.failure.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * How documents travel over HTTP, the same for every component that attaches them. An upload is either the raw
 * body, with its media type in {@code Content-Type} and its name in {@code Content-Disposition}
 * ({@code attachment; filename*=UTF-8''p%C3%A4%C3%A4t%C3%B6s.pdf}), or a {@code multipart/form-data} form with the
 * file in the part {@code file}. A download carries the type found from the content, {@code Content-Disposition:
 * attachment} with the exact name, {@code X-Content-Type-Options: nosniff} and the SHA-256 in {@code Repr-Digest}.
 */
public final class DocumentHttp {

    public static final String FILE_PART = "file";
    public static final String DESCRIPTION_PART = "description";

    private DocumentHttp() {}

    public static Upload rawUpload(String contentDisposition, Long contentLength, InputStream body) {
        return new Upload(ContentDisposition.fileName(contentDisposition), contentLength, body);
    }

    /**
     * The part {@code file} of a form; refused when the form has none. Its name comes from the part's own
     * {@code Content-Disposition} ({@code filename*} when given), read as the UTF-8 that clients send.
     */
    public static Upload multipartUpload(List<EntityPart> parts) {
        EntityPart file =
                part(parts, FILE_PART).orElseThrow(() -> new InvalidInputException("document.part.missing", FILE_PART));
        String name = ContentDisposition.fileName(file.getHeaders().getFirst("Content-Disposition"));
        return new Upload(
                ContentDisposition.repairUtf8(name == null ? file.getFileName().orElse(null) : name),
                null,
                file.getContent());
    }

    /** The text of a form field (UTF-8, as browsers send it), or null when the form has no such field. */
    public static String text(List<EntityPart> parts, String name) {
        return part(parts, name)
                .map(p -> {
                    try {
                        return ContentDisposition.repairUtf8(p.getContent(String.class));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .orElse(null);
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null
                ? Optional.empty()
                : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    public static Response download(Download download) {
        return Response.ok(download.content(), download.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(download.name()))
                .header("Content-Length", download.content().length)
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest", digest(download))
                .build();
    }

    /** The same download written by a servlet (the pages' links, which use the login session). */
    public static void write(Download download, HttpServletResponse response) throws IOException {
        response.setContentType(download.mediaType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(download.name()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Repr-Digest", digest(download));
        response.setContentLength(download.content().length);
        response.getOutputStream().write(download.content());
    }

    private static String digest(Download download) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(download.sha256())) + ":";
    }
}
