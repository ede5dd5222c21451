package fi.koto.document.boundary;

import fi.koto.document.entity.StoredDocument;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A stored document as the API and the pages show it; {@code description} is the attaching component's note. */
public record DocumentView(
        long id,
        String name,
        String mediaType,
        long size,
        String sha256,
        String description,
        String uploadedBy,
        OffsetDateTime uploadedAt)
        implements Serializable {

    public static DocumentView of(StoredDocument d, String description) {
        return new DocumentView(
                d.getId(),
                d.getFileName(),
                d.getMediaType(),
                d.getSize(),
                d.getSha256(),
                description,
                d.getUploadedBy(),
                d.getUploadedAt());
    }
}
