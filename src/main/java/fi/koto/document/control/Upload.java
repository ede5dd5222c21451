package fi.koto.document.control;

import java.io.InputStream;

/**
 * A file as a client sends it, not yet read: the name it gives, the length it declares (null when unknown) and
 * the stream of its bytes. {@link DocumentStore#check} reads at most the limit of it.
 */
public record Upload(String fileName, Long declaredLength, InputStream content) {}
