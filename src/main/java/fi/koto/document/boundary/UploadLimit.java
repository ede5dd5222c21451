package fi.koto.document.boundary;

import fi.koto.document.control.DocumentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The largest document an upload may carry, for the pages that say so beside their upload field. */
@ApplicationScoped
public class UploadLimit {

    @Inject
    DocumentStore store;

    public long maxBytes() {
        return store.maxBytes();
    }
}
