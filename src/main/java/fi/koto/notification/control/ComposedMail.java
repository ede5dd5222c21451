package fi.koto.notification.control;

/** A subject line and a plain-text body in one language, ready for the outbox. */
public record ComposedMail(String subject, String body) {}
