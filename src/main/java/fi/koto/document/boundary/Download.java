package fi.koto.document.boundary;

import fi.koto.document.entity.StoredDocument;

/** A document's bytes with what a download needs to say about them. */
public record Download(String name, String mediaType, String sha256, byte[] content) {

    public static Download of(StoredDocument d, byte[] content) {
        return new Download(d.getFileName(), d.getMediaType(), d.getSha256(), content);
    }
}
