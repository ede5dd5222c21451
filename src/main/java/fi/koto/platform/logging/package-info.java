/**
 * Logs an operator can read (docs/operations.md, "Logs"): plain text or JSON lines ({@code KOTO_LOG_FORMAT}), a
 * request id in every line written while a request is served and in its {@code X-Request-Id} response header,
 * and one access line per request with the signed-in user, method, path, status and duration, never a password or
 * a token.
 */
package fi.koto.platform.logging;
