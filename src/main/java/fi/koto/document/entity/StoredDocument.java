package fi.koto.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A file someone attached (a programme attachment, an agreement's decision document): its safe name, the media
 * type found from its content, its size and SHA-256, and who uploaded it when. The bytes are kept apart in
 * {@link DocumentContent}, so that listing documents never loads them. Never changed once stored.
 */
@Entity
@Table(name = "stored_document")
public class StoredDocument {

    @Id
    @SequenceGenerator(name = "stored_document_seq", sequenceName = "stored_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_document_seq")
    private Long id;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected StoredDocument() {}

    public StoredDocument(
            String fileName,
            DocumentType type,
            long size,
            String sha256,
            String uploadedBy,
            OffsetDateTime uploadedAt) {
        this.fileName = fileName;
        this.mediaType = type.mediaType();
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
