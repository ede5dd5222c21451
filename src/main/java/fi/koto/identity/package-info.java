/**
 * Who is using Koto: accounts with PBKDF2 password hashes, roles that group fine-grained permissions, the
 * database identity store with login throttling, and the one authentication mechanism that serves form login for
 * pages and HTTP Basic for the REST API (never a session cookie alone there).
 */
package fi.koto.identity;
