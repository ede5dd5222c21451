/**
 * Typed failures that boundaries throw and every client (pages, REST) turns into a clear answer: invalid input
 * (422, with every reason), a stale version or a refused transition (409), and an object outside the caller's
 * scope or missing (404, which never reveals whether it exists). Each carries message keys, not text.
 */
package fi.koto.platform.failure;
