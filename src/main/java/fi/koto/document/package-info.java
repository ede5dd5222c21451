/**
 * Documents attached to other objects: integration programmes' attachments and placement agreements' municipal
 * decision documents. This component decides what may be kept (PDF and office files only, by their content, with
 * the size limit {@code KOTO_ATTACHMENT_MAX_BYTES}, and never a disguised file or a zip bomb), keeps the bytes in
 * the database with their SHA-256, and says how documents travel over HTTP. It checks no permission itself: the
 * components that attach documents decide who may add, read and remove them, and write the audit records.
 */
package fi.koto.document;
