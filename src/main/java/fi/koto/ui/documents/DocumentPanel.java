package fi.koto.ui.documents;

import fi.koto.document.boundary.DocumentView;
import fi.koto.document.boundary.UploadLimit;
import fi.koto.document.control.Upload;
import fi.koto.document.entity.DocumentType;
import fi.koto.platform.failure.InvalidInputException;
import fi.koto.platform.failure.KotoException;
import fi.koto.platform.i18n.Messages;
import fi.koto.ui.FacesMessages;
import fi.koto.ui.LanguageSelection;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What {@code WEB-INF/includes/documents.xhtml} shows and does for one owner of documents (a programme's
 * attachments, an agreement's decision document): the list with download links, the upload form and the remove
 * buttons. A page gives the include a view-scoped subclass as {@code panel}; the subclass says which documents,
 * whether the person may change them now, and calls its boundary. A successful change reloads the page at its
 * own address (post-redirect-get); a refusal shows every reason and keeps the page.
 */
public abstract class DocumentPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FacesMessages messages;

    @Inject
    UploadLimit limit;

    @Inject
    LanguageSelection languages;

    private transient Part file;
    private String description;

    /** The documents, oldest first. */
    public abstract List<DocumentView> getDocuments();

    /** Whether the person may add documents now. */
    public abstract boolean isEditable();

    /** Whether the person may remove documents now (an agreement's decision document is replaced instead). */
    public abstract boolean isRemovable();

    /** Whether an upload takes a short description. */
    public abstract boolean isDescribed();

    /** The context-relative address that downloads the document with the login session. */
    public abstract String downloadUrl(DocumentView document);

    protected abstract DocumentView store(Upload upload, String description);

    protected abstract void delete(long documentId);

    /** The context-relative address of the page, to load it anew after a change. */
    protected abstract String pageUrl();

    public void upload() {
        if (file == null
                || file.getSubmittedFileName() == null
                || file.getSubmittedFileName().isBlank()) {
            messages.errors(new InvalidInputException("documents.noFile"));
            return;
        }
        try {
            DocumentView stored =
                    store(new Upload(file.getSubmittedFileName(), file.getSize(), file.getInputStream()), description);
            reload("documents.added", stored.name());
        } catch (KotoException e) {
            messages.errors(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    public void remove(long documentId) {
        try {
            delete(documentId);
            reload("documents.removed");
        } catch (KotoException e) {
            messages.errors(e);
        }
    }

    private void reload(String key, Object... args) {
        messages.info(key, args);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + pageUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundle key of the document's kind, e.g. "document.type.PDF". */
    public String typeKey(DocumentView document) {
        return "document.type."
                + DocumentType.ofMediaType(document.mediaType()).orElseThrow().name();
    }

    /** The size as people read it: bytes, kilobytes or megabytes in the page's language. */
    public String size(DocumentView document) {
        long bytes = document.size();
        if (bytes < 1024) {
            return Messages.text(languages.current(), "documents.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.text(languages.current(), "documents.size.kilobytes", bytes / 1024.0);
        }
        return Messages.text(languages.current(), "documents.size.megabytes", bytes / (1024.0 * 1024.0));
    }

    /** The file picker's filter; the server decides by content all the same. */
    public String getAccept() {
        return String.join(",", DocumentType.allExtensions());
    }

    public String getExtensions() {
        return DocumentType.extensions();
    }

    public double getMaxMegabytes() {
        return limit.maxBytes() / (1024.0 * 1024.0);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
