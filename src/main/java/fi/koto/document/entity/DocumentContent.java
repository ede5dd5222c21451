package fi.koto.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a {@link StoredDocument}, under the same id. A plain {@code byte[]} (not {@code @Lob}) so that it
 * binds as {@code bytea} on PostgreSQL and as {@code BINARY VARYING} on H2: a {@code @Lob} would become a
 * PostgreSQL large object outside the row.
 */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected DocumentContent() {}

    public DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getContent() {
        return content;
    }
}
